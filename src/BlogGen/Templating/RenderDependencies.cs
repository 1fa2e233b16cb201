namespace BlogGen.Templating;

/// <summary>
/// What one render read: the members of documents' page objects it looked into (or whole page objects, for
/// <c>jsonify</c>) and the <c>site</c> members it used. Recorded on the rendering thread while a recorder is active,
/// so a page rendered before is reused only while all of it is unchanged.
/// </summary>
public sealed class RenderDependencies
{
    [ThreadStatic]
    private static RenderDependencies? s_current;

    private readonly HashSet<(PageObject Page, string? Member)> _pageReads = [];
    private readonly HashSet<string> _siteMembers = new(StringComparer.Ordinal);

    /// <summary>The recorder of the render running on this thread, if any.</summary>
    internal static RenderDependencies? Current => s_current;

    /// <summary>Each page object read, with the member read, or no member when the whole object was read.</summary>
    public IReadOnlyCollection<(PageObject Page, string? Member)> PageReads => _pageReads;

    public IReadOnlyCollection<string> SiteMembers => _siteMembers;

    /// <summary>Records everything read on this thread until the returned scope is disposed.</summary>
    public static Scope Record(out RenderDependencies dependencies)
    {
        dependencies = new RenderDependencies();
        var previous = s_current;
        s_current = dependencies;
        return new Scope(previous);
    }

    internal void Read(PageObject page, string? member = null) => _pageReads.Add((page, member));

    internal void Read(string siteMember) => _siteMembers.Add(siteMember);

    public readonly struct Scope(RenderDependencies? previous) : IDisposable
    {
        public void Dispose() => s_current = previous;
    }
}
