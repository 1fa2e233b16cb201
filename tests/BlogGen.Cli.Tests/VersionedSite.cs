using System.Globalization;
using System.Text;

namespace BlogGen.Cli.Tests;

/// <summary>
/// A generated site in a fresh temp folder whose posts all carry one version marker (<c>V0003</c>) in their title
/// and in every paragraph, so that a page shows which version it was built from and whether it is whole.
/// </summary>
public sealed class VersionedSite : IDisposable
{
    public VersionedSite(int paragraphs, string? postLayout = null)
    {
        this.paragraphs = paragraphs;
        Write("_config.yml", "title: Versioned\nurl: https://example.org\n");
        if (postLayout is not null)
        {
            Write("_layouts/post.html", postLayout);
        }
    }

    private readonly int paragraphs;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public static string Marker(int version) => "V" + version.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The URL of post <paramref name="index"/> under the default permalink.</summary>
    public static string PostUrl(int index) => $"/2025/01/{Day(index)}/post-{Number(index)}.html";

    /// <summary>Makes posts <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 the only
    /// posts, all at <paramref name="version"/>. Each file is replaced in one rename, so a watcher never reads half a post.</summary>
    public void WriteVersion(int version, int first, int count)
    {
        var wanted = Enumerable.Range(first, count).ToDictionary(PostFile, i => i);
        var folder = Path.Combine(Root, "_posts");
        Directory.CreateDirectory(folder);
        foreach (var existing in Directory.GetFiles(folder).Select(f => "_posts/" + Path.GetFileName(f)).Where(f => !wanted.ContainsKey(f)))
        {
            File.Delete(Path.Combine(Root, existing));
        }
        foreach (var (file, index) in wanted)
        {
            Write(file, Post(index, version));
        }
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A name starting with '.' is not content, so the half-written file is never part of a build.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Post(int index, int version)
    {
        var marker = Marker(version);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Post {Number(index)} {marker}\ntags: [t{index % 7}]\n---\n");
        text.Append(CultureInfo.InvariantCulture, $"# Heading {Number(index)} {marker}\n\n");
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paragraph {p} of post {Number(index)} at {marker}: some words so that the page is long enough to take several writes.\n\n");
        }
        return text.ToString();
    }

    private static string PostFile(int index) => $"_posts/2025-01-{Day(index)}-post-{Number(index)}.md";

    private static string Day(int index) => (1 + index % 28).ToString("D2", CultureInfo.InvariantCulture);

    private static string Number(int index) => index.ToString("D3", CultureInfo.InvariantCulture);
}
