namespace BlogGen.Content;

public enum DocumentFormat
{
    /// <summary>Converted from Markdown to HTML.</summary>
    Markdown,
    /// <summary>HTML as written; sanitized like every body.</summary>
    Html,
    /// <summary>Any other file with front matter (feeds, CSS, robots.txt): Liquid only, extension kept, no layout by default.</summary>
    Other,
}
