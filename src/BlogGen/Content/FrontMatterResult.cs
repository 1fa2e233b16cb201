using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>A source file split into its front matter values and its body.</summary>
/// <param name="Values">The front matter; empty when it failed to parse.</param>
/// <param name="Text">The front matter as written, from the opening fence line to the closing one; empty when there is none.</param>
/// <param name="Body">The text after the closing fence line.</param>
/// <param name="BodyStartLine">The 1-based line of the file on which <paramref name="Body"/> starts.</param>
public sealed record FrontMatterResult(
    IReadOnlyDictionary<string, object?> Values,
    string Text,
    string Body,
    int BodyStartLine,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the front matter has an error: the file should be skipped.</summary>
    public bool Failed => Diagnostics.Any(static diagnostic => diagnostic.Severity == Severity.Error);
}
