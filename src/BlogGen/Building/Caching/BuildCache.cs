namespace BlogGen.Building.Caching;

/// <summary>
/// What earlier builds did that a later one can reuse: converted bodies (by a hash of their inputs) and rendered pages
/// (with everything their templates read). The preview server keeps one in memory across rebuilds;
/// <c>bloggen build</c> reads and writes it in <c>.bloggen-cache/</c>.
/// </summary>
public sealed class BuildCache
{
    public BuildCache() : this(new BodyCache(), new PageCache([]))
    {
    }

    internal BuildCache(BodyCache bodies, PageCache pages)
    {
        Bodies = bodies;
        Pages = pages;
    }

    internal BodyCache Bodies { get; }

    internal PageCache Pages { get; }

    internal void BeginBuild()
    {
        Bodies.BeginBuild();
        Pages.BeginBuild();
    }

    internal void EndBuild()
    {
        Bodies.EndBuild();
        Pages.EndBuild();
    }
}
