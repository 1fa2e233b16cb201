using BlogGen.Output;

namespace BlogGen.Server;

/// <summary>What a request path names in the built site.</summary>
internal abstract record SiteFile
{
    private SiteFile()
    {
    }

    /// <param name="RelativePath">Its path in the site, which gives its content type.</param>
    public sealed record Found(string RelativePath, InMemoryFile File) : SiteFile;

    /// <summary>A folder asked for without its trailing slash: redirect so relative links resolve.</summary>
    public sealed record Folder : SiteFile;

    public sealed record Missing : SiteFile;

    /// <summary>Finds the file the way GitHub Pages does: <c>index.html</c> for folders, <c>/x</c> as <c>x.html</c>.
    /// Only files the build made can be found: the site is in memory, and nothing on disk is looked up by the path.</summary>
    public static SiteFile Resolve(InMemorySite site, RequestPath path)
    {
        var relative = string.Join('/', path.Segments);
        if (path.IsFolder || path.Segments.Count == 0)
        {
            return Existing(site, relative.Length == 0 ? "index.html" : relative + "/index.html");
        }
        if (site.Find(relative) is { } file)
        {
            return new Found(relative, file);
        }
        return site.IsFolder(relative) ? new Folder() : Existing(site, relative + ".html");
    }

    private static SiteFile Existing(InMemorySite site, string relativePath) =>
        site.Find(relativePath) is { } file ? new Found(relativePath, file) : new Missing();
}
