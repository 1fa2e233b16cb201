namespace BlogGen.Sanitizing;

/// <summary>One thing the sanitizer took out of a fragment, as a writer reads it.</summary>
/// <param name="Rule">The rule that removed it, one of <see cref="RemovalRules"/> (docs/sanitizing.md lists them).</param>
/// <param name="Message">What was removed, such as <c>removed &lt;script&gt; element</c>.</param>
/// <param name="Line">The line of the fragment's source it came from (1-based), or 0 when not known.</param>
public sealed record SanitizeRemoval(string Rule, string Message, int Line);
