namespace BlogGen.Cli.Tests;

/// <summary>A small site in a fresh temp folder for <c>bloggen serve</c> to watch; tests edit its files.</summary>
public sealed class ServeSite : IDisposable
{
    public const string PostFile = "_posts/2025-01-01-hello.md";
    public const string PostUrl = "/2025/01/01/hello.html";

    public ServeSite()
    {
        Write("_config.yml", "title: Serve test\nurl: https://example.org\n");
        Write(PostFile, Post("Hello", "The first version of the text."));
        Write("笔记/说明.txt", "纯文本笔记\n");
        Write("style/extra.css", "body { color: black; }\n");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public static string Post(string title, string body) => $"---\ntitle: {title}\n---\n{body}\n";

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
