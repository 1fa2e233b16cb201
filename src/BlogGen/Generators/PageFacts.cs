using BlogGen.Content;
using BlogGen.Generators.Seo;

namespace BlogGen.Generators;

/// <summary>
/// What enrichers learn about a document once its body is converted (see <see cref="IPageEnricher"/>). Templates see
/// each as a member of the document's <c>page</c>; Liquid in bodies, which runs before enrichers, does not.
/// </summary>
public sealed record PageFacts
{
    /// <summary>A document no enricher has looked at.</summary>
    public static readonly PageFacts None = new();

    /// <summary><c>page.seo</c>: what the head shows search engines and link previews.</summary>
    public SeoHead? Seo { get; init; }

    /// <summary><c>page.toc</c>: the table of contents as HTML, when asked for and there are headings.</summary>
    public string? TableOfContents { get; init; }

    /// <summary><c>page.word_count</c>.</summary>
    public int WordCount { get; init; }

    /// <summary><c>page.reading_time</c>, in whole minutes.</summary>
    public int ReadingMinutes { get; init; }

    /// <summary><c>page.related</c> on posts (null on pages): posts sharing tags, best first.</summary>
    public IReadOnlyList<Document>? Related { get; init; }

    /// <summary><c>page.comments_embed</c>: the comments provider's script, when the post has comments.</summary>
    public string? CommentsEmbed { get; init; }
}
