using System.Collections.Concurrent;

namespace BlogGen.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; reports them in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Add(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Sorted by file, line, column and code so that output is deterministic; the same problem found twice at one place
    /// (a paginated page's body rendered once per page) is reported once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
