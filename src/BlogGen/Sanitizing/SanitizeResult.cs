namespace BlogGen.Sanitizing;

/// <summary>A sanitized fragment and what was taken out of it.</summary>
/// <param name="Html">The fragment with everything outside the policy removed.</param>
/// <param name="Removals">
/// One short message per thing removed, such as <c>removed &lt;script&gt; element</c>: elements first,
/// then attributes and URLs, comments, and CSS declarations, each group in document order.
/// </param>
public sealed record SanitizeResult(string Html, IReadOnlyList<string> Removals);
