using BlogGen.Diagnostics;

namespace BlogGen.Content;

/// <summary>One data file's value; null with diagnostics when it could not be read.</summary>
internal sealed record ParsedDataFile(object? Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Count > 0;
}
