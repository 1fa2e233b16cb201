using BlogGen.Building;
using BlogGen.Content;
using BlogGen.Diagnostics;

namespace BlogGen.Tests.Building;

/// <summary>A file that makes a library fail in a way nobody expected costs that file only, with an error naming it.</summary>
public sealed class FailedFileTests
{
    [Fact]
    public void An_unexpected_failure_shows_the_text_as_written_and_names_the_file()
    {
        var document = new Document
        {
            Kind = DocumentKind.Post,
            Source = new SourceFile("/site/_posts/2025-01-01-x.md", "_posts/2025-01-01-x.md"),
            Format = DocumentFormat.Markdown,
            FrontMatter = new Dictionary<string, object?>(),
            FrontMatterText = "",
            Body = "Text with <b>tags</b> & more",
            BodyStartLine = 4,
            Title = "X",
            Date = DateTimeOffset.UnixEpoch,
            Slug = "x",
            Tags = [],
            Categories = [],
            Url = "/x/",
            OutputPath = "x/index.html",
            Layout = "post",
            RenderWithLiquid = true,
            ExcerptSeparator = null,
        };

        var body = SiteBuilder.ConvertOrShowAsWritten(document, () => throw new InvalidOperationException("parser state lost"));

        Assert.Equal("<pre>Text with &lt;b&gt;tags&lt;/b&gt; &amp; more</pre>", body.Html);
        var error = Assert.Single(body.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.ContentFailed, error.Code);
        Assert.Equal("_posts/2025-01-01-x.md", error.Path);
        Assert.Contains("InvalidOperationException: parser state lost", error.Message, StringComparison.Ordinal);
    }
}
