using System.Diagnostics.CodeAnalysis;

using BlogGen.Hashing;

namespace BlogGen.Content;

/// <summary>A post, draft or page read from the source, with everything known before rendering.</summary>
public sealed record Document
{
    public required DocumentKind Kind { get; init; }
    public required SourceFile Source { get; init; }
    public required DocumentFormat Format { get; init; }
    /// <summary>Front matter after <c>defaults:</c> were applied under it.</summary>
    public required IReadOnlyDictionary<string, object?> FrontMatter { get; init; }
    /// <summary>The front matter as written, fence lines included: where a later stage finds the line of a key it reports on.</summary>
    public required string FrontMatterText { get; init; }
    public required string Body { get; init; }
    /// <summary>1-based line of the file on which <see cref="Body"/> starts.</summary>
    public required int BodyStartLine { get; init; }
    public required string Title { get; init; }
    /// <summary>In the site time zone; pages without a date have none.</summary>
    public required DateTimeOffset? Date { get; init; }
    public required string Slug { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    /// <summary>Site-relative, without baseurl, readable (not percent-encoded): <c>/日本経済新聞/2025/02/13/x.html</c>.</summary>
    public required string Url { get; init; }
    /// <summary>Relative to the destination, '/' separators.</summary>
    public required string OutputPath { get; init; }
    public required string? Layout { get; init; }
    /// <summary>The body holds Liquid markup and the front matter does not turn Liquid off.</summary>
    public required bool RenderWithLiquid { get; init; }
    public required string? ExcerptSeparator { get; init; }

    /// <summary>Jekyll's <c>page.collection</c>: <c>posts</c> for posts and drafts, the label for an item, null for a page.</summary>
    public string? Collection => Kind switch
    {
        DocumentKind.Post or DocumentKind.Draft => "posts",
        DocumentKind.Item => CollectionLabel.Of(Source.RelativePath),
        _ => null,
    };

    private ContentHashBox? _hash;

    /// <summary>
    /// A hash of everything the document holds: two reads of a file that did not change hash the same, so a build
    /// session tells an unchanged document from a changed one by this, not by which object it is.
    /// </summary>
    public UInt128 Hash => (_hash ??= new ContentHashBox(HashOfFields())).Value;

    private UInt128 HashOfFields() => new ContentHash()
        .Add((long)Kind).Add(Source.RelativePath).Add(Source.FullPath).Add((long)Format)
        .AddValue(FrontMatter).Add(FrontMatterText).Add(Body).Add(BodyStartLine).Add(Title).AddValue(Date).Add(Slug)
        .AddValue(Tags).AddValue(Categories).Add(Url).Add(OutputPath).Add(Layout)
        .AddValue(RenderWithLiquid).Add(ExcerptSeparator)
        .Value;

    /// <summary>A copy made by <c>with</c>: it holds other values, so it hashes on its own.</summary>
    [SetsRequiredMembers]
    private Document(Document original)
    {
        Kind = original.Kind;
        Source = original.Source;
        Format = original.Format;
        FrontMatter = original.FrontMatter;
        FrontMatterText = original.FrontMatterText;
        Body = original.Body;
        BodyStartLine = original.BodyStartLine;
        Title = original.Title;
        Date = original.Date;
        Slug = original.Slug;
        Tags = original.Tags;
        Categories = original.Categories;
        Url = original.Url;
        OutputPath = original.OutputPath;
        Layout = original.Layout;
        RenderWithLiquid = original.RenderWithLiquid;
        ExcerptSeparator = original.ExcerptSeparator;
    }

    /// <summary>Set once, read by many threads: a box is swapped in whole, so no thread sees half a value.</summary>
    private sealed record ContentHashBox(UInt128 Value);

    // A document is one file read once: it is its own identity. Value equality would hash the whole body on every
    // lookup of the dictionaries and groupings keyed by documents, thousands of times a build.
    public bool Equals(Document? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
