namespace BlogGen.Markdown;

/// <summary>A link, image or autolink URL that failed the URL check and was left out of the HTML.</summary>
/// <param name="Url">The URL as Markdig read it (escapes and entities decoded).</param>
/// <param name="Line">1-based line within the Markdown text where the URL is written.</param>
public sealed record RemovedUrl(string Url, int Line);
