namespace BlogGen.Markdown;

/// <summary>Markup a site's Markdown flavour has that BlogGen does not read; it is shown as written.</summary>
/// <param name="Written">The markup as written, e.g. <c>{::comment}</c>.</param>
/// <param name="What">What it is, in words: "a kramdown extension".</param>
/// <param name="Line">1-based line within the Markdown text.</param>
public sealed record UnsupportedSyntax(string Written, string What, int Line);
