using BlogGen.Diagnostics;

namespace BlogGen.Server;

/// <summary>Prints diagnostics the way <c>bloggen build</c> does: one per line, sorted by file and line.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line))
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }
}
