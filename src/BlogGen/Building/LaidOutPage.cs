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
    /// Whether <paramref name="item"/> is made of what this page was made of: the same values, and the same document, kept
    /// by the session while its content hash is the same. A generator gives the same pages again while its inputs are
    /// the same; a document's page changes in place, but its render read it (its content at least), so the page is
    /// among the readers of its changes.
    /// </summary>
    public bool HasInputsOf(GeneratedPage item) => item == Item;
}
