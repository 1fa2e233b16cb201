using BlogGen.Building.Caching;
using BlogGen.Generators;
using BlogGen.Output;

namespace BlogGen.Building;

/// <summary>A page a build put through its layouts and cached: what it was made from, where it went, and what the render read.</summary>
internal sealed record LaidOutPage(GeneratedPage Item, string OutputPath, PageRender Render)
{
    /// <summary>The output of a build that keeps this page as it is, made once.</summary>
    public OutputFile Kept { get; } = OutputFile.Kept(OutputPath);

    /// <summary>
    /// Whether <paramref name="item"/> is made of what this page was made of: the same page object, paginator, layout and
    /// origin. Generated objects are never changed once made, so the same object is the same; a document's page object
    /// is kept and changed in place, but its render read it (its content at least), so it is among the readers of its changes.
    /// </summary>
    public bool HasInputsOf(GeneratedPage item) =>
        ReferenceEquals(item.Page, Item.Page)
        && ReferenceEquals(item.Paginator, Item.Paginator)
        && string.Equals(item.Layout, Item.Layout, StringComparison.Ordinal)
        && string.Equals(item.Origin, Item.Origin, StringComparison.Ordinal);
}
