namespace BlogGen.Sanitizing;

/// <summary>
/// The removals of one <see cref="HtmlFragmentSanitizer.Sanitize"/> call, each with where in the parsed text it was
/// (an offset, or -1), turned into lines once the whole fragment is done.
/// </summary>
internal sealed class RemovalLog
{
    private readonly List<(SanitizeRemoval Removal, int Offset)> _removals = [];

    public void Add(SanitizeRemoval removal, int offset = -1) => _removals.Add((removal, offset));

    /// <summary>Every removal in the order made, with its line from <paramref name="lineAt"/> (an offset to a line, 0 for none).</summary>
    public IReadOnlyList<SanitizeRemoval> Resolve(Func<int, int> lineAt) =>
        [.. _removals.Select(r => r.Offset < 0 ? r.Removal : r.Removal with { Line = lineAt(r.Offset) })];
}
