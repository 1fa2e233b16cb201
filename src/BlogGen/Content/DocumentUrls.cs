using BlogGen.Content;

namespace BlogGen.Content;

/// <summary>
/// Finds a document's URL from its source path, for Jekyll's <c>{% link %}</c> and <c>{% post_url %}</c>
/// and for Markdown links that point at another document's or a static file's source path.
/// </summary>
public sealed class DocumentUrls
{
    private readonly Dictionary<string, string> _bySourcePath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPostName = new(StringComparer.Ordinal);

    /// <param name="staticFiles">Files copied as they are: a link to one (an image next to a post) finds it too.</param>
    public DocumentUrls(IEnumerable<Document> documents, IEnumerable<StaticFile>? staticFiles = null)
    {
        foreach (var file in staticFiles ?? [])
        {
            _bySourcePath[file.DisplayPath] = "/" + file.OutputPath;
        }
        foreach (var document in documents)
        {
            _bySourcePath[document.Source.RelativePath] = document.Url;
            if (document.Kind is DocumentKind.Post or DocumentKind.Draft)
            {
                var name = Path.GetFileNameWithoutExtension(document.Source.RelativePath);
                var underPosts = document.Source.RelativePath[(document.Source.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1)..];
                _byPostName.TryAdd(name, document.Url);
                _byPostName.TryAdd(underPosts[..^Path.GetExtension(underPosts).Length], document.Url);
            }
        }
    }

    /// <summary>A source path relative to the site (<c>_posts/2025-01-01-x.md</c>, <c>about.md</c>).</summary>
    public string? ForSourcePath(string relativePath) => _bySourcePath.GetValueOrDefault(relativePath.TrimStart('/'));

    /// <summary>A link written in <paramref name="fromSourcePath"/> to a path relative to it (<c>../about.md</c>).</summary>
    public string? ForRelativeLink(string fromSourcePath, string linkPath)
    {
        var folder = fromSourcePath.Contains('/', StringComparison.Ordinal) ? fromSourcePath[..fromSourcePath.LastIndexOf('/')] : "";
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in linkPath.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }
                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }
        return ForSourcePath(string.Join('/', segments));
    }

    /// <summary>A post's file name without extension, optionally with its folder under <c>_posts/</c>.</summary>
    public string? ForPostName(string name) => _byPostName.GetValueOrDefault(name.Trim().TrimStart('/'));
}
