using Scriban;

namespace BlogGen.Templating;

/// <summary>
/// What one render carries besides its variables: where its reads are recorded, and which page members it must see as
/// the front matter gave them. It travels on the render's own template context, so renders on other threads, or
/// nested renders, never see each other's.
/// </summary>
/// <param name="Reads">Records what the render reads; null when nobody asks.</param>
/// <param name="HiddenMembers">
/// Members the build adds after reading documents (<c>content</c>, <c>excerpt</c>, enrichers' fields): Liquid in a
/// body sees every page as it was read, whichever build made the page object.
/// </param>
public sealed record RenderScope(RenderDependencies? Reads, IReadOnlySet<string>? HiddenMembers)
{
    /// <summary>
    /// Documents, by source path, whose <c>content</c> and <c>excerpt</c> are this build's already though hidden members
    /// are hidden: the posts' and items', which a page's body may list, as Jekyll renders them before pages.
    /// </summary>
    public IReadOnlySet<string>? ShownBodies { get; init; }

    /// <summary>
    /// The source path of the document whose page renders (<c>_posts/2025-01-01-a.md</c>), in whose folder
    /// <c>{% include_relative %}</c> finds its file, from the body, a layout or an include alike; null for a page BlogGen
    /// made, whose include_relative looks at the top of the site.
    /// </summary>
    public string? PagePath { get; init; }

    public static readonly RenderScope None = new(null, null);

    internal static RenderScope Of(TemplateContext? context) => (context as IRenderScoped)?.Scope ?? None;
}

/// <summary>A template context that knows its render's <see cref="RenderScope"/>.</summary>
internal interface IRenderScoped
{
    RenderScope Scope { get; }
}
