namespace BlogGen.Sanitizing;

/// <summary>A sanitized fragment and what was taken out of it.</summary>
/// <param name="Html">The fragment with everything outside the policy removed.</param>
/// <param name="Details">
/// Each thing removed, with its rule and line: first what a scan before parsing ended or kept as text, then frames and
/// SVG references, then elements, attributes and URLs, comments, and CSS declarations, each group in document order.
/// </param>
/// <param name="Text">
/// The readable text of <paramref name="Html"/> (<see cref="Content.PlainText"/>), read off the sanitized document
/// while it is at hand, so a body's HTML is not parsed a second time for its text; null when nothing was parsed
/// (sanitizing is off) or the parsed tree nests too deep to be read as its HTML would be.
/// </param>
public sealed record SanitizeResult(string Html, IReadOnlyList<SanitizeRemoval> Details, string? Text = null)
{
    /// <summary>One short message per thing removed, such as <c>removed &lt;script&gt; element</c>, in the order of <see cref="Details"/>.</summary>
    public IReadOnlyList<string> Removals => [.. Details.Select(removal => removal.Message)];
}
