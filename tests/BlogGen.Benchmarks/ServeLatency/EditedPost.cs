using BlogGen.Configuration;
using BlogGen.Content;

namespace BlogGen.Benchmarks.ServeLatency;

/// <summary>The post the saves go to, with its URL as the server serves it; its original bytes come back on dispose.</summary>
internal sealed class EditedPost : IDisposable
{
    private readonly string _fullPath;
    private readonly byte[] _original;

    private EditedPost(string fullPath, string relativePath, string url)
    {
        _fullPath = fullPath;
        _original = File.ReadAllBytes(fullPath);
        RelativePath = relativePath;
        Url = url;
    }

    public string RelativePath { get; }

    /// <summary>The post's path on the server, e.g. <c>/2020/09/04/note-5/</c>.</summary>
    public string Url { get; }

    /// <summary>The post named, or the middle one of <c>_posts/</c> in name order.</summary>
    public static EditedPost Choose(string site, string? relativePath)
    {
        if (relativePath is null)
        {
            var posts = Directory.GetFiles(Path.Combine(site, "_posts"), "*.md").Order(StringComparer.Ordinal).ToList();
            if (posts.Count == 0)
            {
                throw new InvalidOperationException($"{site}/_posts has no .md post to edit: pass --post");
            }
            relativePath = Path.GetRelativePath(site, posts[posts.Count / 2]).Replace('\\', '/');
        }
        // Read as `bloggen serve` reads it: at the root of its own origin, drafts and future posts included.
        var config = ConfigLoader.Load(site, new ConfigOverrides { BaseUrl = "", ShowDrafts = true, ShowFuture = true }).Config;
        var fullPath = Path.Combine(site, relativePath);
        var document = DocumentReader.Read(new SourceFile(fullPath, relativePath), DocumentKind.Post, config).Document
            ?? throw new InvalidOperationException($"{relativePath} does not read as a post: pass another with --post");
        return new EditedPost(fullPath, relativePath, document.Url);
    }

    /// <summary>Saves the post with one more paragraph holding <paramref name="marker"/>.</summary>
    public void Append(string marker) => File.AppendAllText(_fullPath, $"\n\n{marker}\n");

    public void Dispose() => File.WriteAllBytes(_fullPath, _original);
}
