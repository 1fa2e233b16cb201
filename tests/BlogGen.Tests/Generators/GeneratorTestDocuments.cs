using BlogGen.Content;

namespace BlogGen.Tests.Generators;

/// <summary>Posts with only what grouping reads: a file, a date, tags and categories.</summary>
internal static class GeneratorTestDocuments
{
    public static Document Post(string file, string date, string[]? tags = null, string[]? categories = null) => new()
    {
        Kind = DocumentKind.Post,
        Source = new SourceFile("/site/" + file, file),
        Format = DocumentFormat.Markdown,
        FrontMatter = new Dictionary<string, object?>(),
        FrontMatterText = "",
        Body = "",
        BodyStartLine = 1,
        Title = file,
        Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Slug = file,
        Tags = tags ?? [],
        Categories = categories ?? [],
        Url = "/" + file + "/",
        OutputPath = file + "/index.html",
        Layout = "post",
        RenderWithLiquid = false,
        ExcerptSeparator = null,
    };
}
