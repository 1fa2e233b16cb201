using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// A page to put through <see cref="Layout"/>: a document's own page, or one a generator adds (tag pages, the archive,
/// the paginated home). Plain values only; Templating makes the <c>page</c> and <c>paginator</c> objects from it.
/// </summary>
/// <param name="Url">Site-relative, without baseurl.</param>
/// <param name="Origin">What asked for it, named in diagnostics: a source file or "(tag pages)".</param>
public sealed record GeneratedPage(string Url, string? Layout, string Origin)
{
    /// <summary>The document whose <c>page</c> this is; at another URL than the document's, a copy of it at <see cref="Url"/>.</summary>
    public Document? Document { get; init; }

    /// <summary>The title of a page no document holds.</summary>
    public string Title { get; init; } = "";

    /// <summary>The body of a page no document holds, as HTML.</summary>
    public string Content { get; init; } = "";

    /// <summary>
    /// The generator's own <c>page</c> members, in order: strings, numbers, booleans, documents (shown as their pages),
    /// <see cref="TaxonomyTerm"/>s, <see cref="ArchiveYear"/>s, and lists of them.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Members { get; init; } = [];

    /// <summary>
    /// For a page of a list made from a document whose Liquid reads <c>paginator</c> (a Jekyll site's own index page
    /// under jekyll-paginate): the document's body rendered for this page, as HTML. Null: the document's body as converted.
    /// </summary>
    public string? ContentForThisPage { get; init; }

    /// <summary>The <c>paginator</c> of a page of a list, or null.</summary>
    public Paginator? Paginator { get; init; }

    /// <summary>A document's own page, as its layout shows it.</summary>
    public static GeneratedPage Of(Document document) =>
        new(document.Url, document.Layout, document.Source.RelativePath) { Document = document };
}
