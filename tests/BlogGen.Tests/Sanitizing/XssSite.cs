using System.Text;

using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// Writes the XSS fixture site into a folder: every vector of the corpus in posts of one class each,
/// surrounded by its markers, raw HTML vectors both as an .html post and as a mirrored .txt post;
/// plus the legitimate mirrored articles (the seed post and tests/fixtures/xss/legitimate.txt) whose markup must survive.
/// </summary>
public static class XssSite
{
    public const string BaseUrl = "/xss-site";
    public const int VectorsPerPost = 10;

    /// <summary>Output path of tests/fixtures/xss/legitimate.txt.</summary>
    public const string LegitimatePostPath = "legitimate/mirrored/index.html";

    /// <summary>Output path of the seed post (its categories make the folder).</summary>
    public const string SeedPostPath = "日本経済新聞/2025/02/13/000_60de0c3de778011c.html";

    private const string Config = """
        title: XSS corpus
        lang: zh-CN
        timezone: Asia/Shanghai
        url: https://blog.example.org
        baseurl: /xss-site

        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The posts the corpus makes: one class per post, at most <see cref="VectorsPerPost"/> vectors each.</summary>
    public static IReadOnlyList<XssPost> Plan(IReadOnlyList<XssVector> vectors)
    {
        var posts = new List<XssPost>();
        foreach (var group in vectors.GroupBy(vector => (vector.Class, vector.IsMarkdown)))
        {
            var kinds = group.Key.IsMarkdown ? new[] { XssPostKind.Markdown } : [XssPostKind.Html, XssPostKind.Mirrored];
            var chunks = group.Chunk(VectorsPerPost).ToList();
            foreach (var kind in kinds)
            {
                for (var i = 0; i < chunks.Count; i++)
                {
                    var name = $"{kind.ToString().ToLowerInvariant()}-{group.Key.Class}-{i + 1}";
                    posts.Add(new XssPost(name, kind, $"xss/{name}/index.html", chunks[i]));
                }
            }
        }
        return posts;
    }

    /// <summary>Writes the config, the legitimate posts and <paramref name="posts"/> into <paramref name="root"/>.</summary>
    public static void Write(string root, IReadOnlyList<XssPost> posts)
    {
        WriteFile(root, "_config.yml", Config);
        WriteFile(root, "_posts/000_60de0c3de778011c.txt", File.ReadAllText(RepositoryFiles.SeedPostPath));
        WriteFile(root, "_posts/2025-02-01-legitimate.txt", File.ReadAllText(RepositoryFiles.PathOf("tests", "fixtures", "xss", "legitimate.txt")));
        foreach (var post in posts)
        {
            WriteFile(root, SourcePath(post), FrontMatter(post) + Body(post));
        }
    }

    private static string SourcePath(XssPost post) => post.Kind switch
    {
        XssPostKind.Html => $"_posts/2025-01-01-{post.Name}.html",
        XssPostKind.Mirrored => $"_posts/2025-01-01-{post.Name}.txt",
        _ => $"_posts/2025-01-01-{post.Name}.md",
    };

    private static string FrontMatter(XssPost post) =>
        $"---\ntitle: \"XSS {post.Name}\"\npermalink: /xss/{post.Name}/\ntoc: true\n---\n";

    private static string Body(XssPost post)
    {
        var body = new StringBuilder();
        foreach (var vector in post.Vectors)
        {
            var line = post.Kind == XssPostKind.Html
                ? $"<p>{vector.BeforeMarker}</p>\n{vector.Text}\n<p>{vector.AfterMarker}</p>\n"
                : $"{vector.BeforeMarker}\n\n{vector.Text}\n\n{vector.AfterMarker}\n\n";
            body.Append(line);
        }
        return body.ToString();
    }

    private static void WriteFile(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
