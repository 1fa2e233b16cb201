namespace BlogGen.Configuration;

/// <summary>
/// How bodies convert, read from <c>markdown:</c> and <c>kramdown:</c> by <see cref="MarkdownSettingsReader"/>. Part of the
/// conversion cache key: a site that switches dialect converts every body again.
/// </summary>
/// <param name="Dialect">The Markdown the bodies are written in.</param>
/// <param name="GfmInput">kramdown's <c>input: GFM</c> (Jekyll's default): heading ids as GitHub makes them, keeping
/// non-ASCII letters; false for <c>input: kramdown</c>, whose ids keep ASCII letters and digits only.</param>
/// <param name="AutoIds">kramdown's <c>auto_ids</c>: headings get ids (on unless turned off).</param>
public sealed record MarkdownSettings(MarkdownDialect Dialect, bool GfmInput = true, bool AutoIds = true)
{
    /// <summary>A BlogGen site's settings.</summary>
    public static readonly MarkdownSettings BlogGen = new(MarkdownDialect.BlogGen);

    /// <summary>Jekyll's defaults for kramdown.</summary>
    public static readonly MarkdownSettings Kramdown = new(MarkdownDialect.Kramdown);

    /// <summary>Code is marked up as Rouge marks it (<c>div.highlighter-rouge</c>, short token classes), as Jekyll themes expect.</summary>
    public bool RougeMarkup => Dialect == MarkdownDialect.Kramdown;
}
