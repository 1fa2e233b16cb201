namespace BlogGen.Content;

public enum DocumentFormat
{
    /// <summary>Converted from Markdown to HTML.</summary>
    Markdown,
    /// <summary>HTML as written; sanitized like every body.</summary>
    Html,
    /// <summary>Any other file with front matter (feeds, CSS, robots.txt): Liquid only, extension kept, no layout by default.</summary>
    Other,
    /// <summary>A Sass or SCSS stylesheet (<c>.scss</c>, <c>.sass</c>): Liquid, then Dart Sass; written as <c>.css</c>, no layout by default.</summary>
    Sass,
}
