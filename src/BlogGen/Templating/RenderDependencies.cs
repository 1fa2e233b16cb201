using Scriban;

namespace BlogGen.Templating;

/// <summary>
/// What one render read: the members of documents' page objects it looked into (or whole page objects, for
/// <c>jsonify</c>) and the <c>site</c> members it used, so a page rendered before is reused only while all of it is
/// unchanged. A recorder belongs to one render: it is given to that render's template context (see
/// <see cref="RenderScope"/>), and page objects, <c>site</c> and filters find it there.
/// </summary>
public sealed class RenderDependencies
{
    /// <summary>The <c>site</c> member holding the build time; reading <c>"now"</c> as a date counts as reading it.</summary>
    public const string BuildTimeMember = "time";

    private readonly HashSet<(string Identity, string? Member)> _pageReads = [];
    private readonly HashSet<string> _siteMembers = new(StringComparer.Ordinal);

    /// <summary>Each document's page read, by source path, with the member read, or no member when the whole object was read.</summary>
    public IReadOnlyCollection<(string Identity, string? Member)> PageReads => _pageReads;

    public IReadOnlyCollection<string> SiteMembers => _siteMembers;

    /// <summary>Whether the render showed the build time, so that its output changes with it.</summary>
    public bool ReadBuildTime => _siteMembers.Contains(BuildTimeMember);

    /// <summary>The recorder of the render <paramref name="context"/> belongs to, if that render records.</summary>
    internal static RenderDependencies? Of(TemplateContext? context) => RenderScope.Of(context).Reads;

    internal void Read(PageObject page, string? member = null) => _pageReads.Add((page.Identity, member));

    internal void Read(string siteMember) => _siteMembers.Add(siteMember);
}
