namespace BlogGen.Generators.Seo;

/// <summary>
/// <c>page.seo</c>: what jekyll-seo-tag computes for the head. Empty strings where there is nothing to say (no image,
/// no dates on a page), so a theme can test them.
/// </summary>
/// <param name="CanonicalUrl">Absolute.</param>
/// <param name="Type">OpenGraph's: <c>article</c> for a dated post, else <c>website</c>.</param>
/// <param name="Locale">The site language as OpenGraph writes it: <c>zh_CN</c>.</param>
/// <param name="JsonLd">The schema.org description of the page, as JSON.</param>
public sealed record SeoHead(string Title, string Description, string CanonicalUrl, string Image, string Type, string Locale,
    string PublishedTime, string ModifiedTime, string TwitterCard, string JsonLd);
