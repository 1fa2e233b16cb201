using BlogGen.Diagnostics;
using BlogGen.Scaffolding;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Scaffolding;

public sealed class PostScaffolderTests : IDisposable
{
    /// <summary>Late on the 27th in UTC is already the 28th in Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 20, 15, 30, TimeSpan.Zero);

    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("", "Hello, World!", false, null, "_posts/2026-11-27-hello-world.md")]
    [InlineData("timezone: Asia/Shanghai\n", "Hello, World!", false, null, "_posts/2026-11-28-hello-world.md")]
    [InlineData("timezone: America/Los_Angeles\n", "Hello", false, null, "_posts/2026-11-27-hello.md")]
    [InlineData("", "你好，世界！", false, null, "_posts/2026-11-27-你好-世界.md")]
    [InlineData("", "日本経済新聞の記事", false, null, "_posts/2026-11-27-日本経済新聞の記事.md")]
    [InlineData("", "Hello", false, "My Slug", "_posts/2026-11-27-my-slug.md")]
    [InlineData("", "A Draft", true, null, "_drafts/a-draft.md")]
    [InlineData("", "A Draft", true, "short", "_drafts/short.md")]
    public void WritesThePostWhereItBelongs(string config, string title, bool draft, string? slug, string expected)
    {
        _site.With("_config.yml", config);

        var result = PostScaffolder.Create(_site.Root, title, draft, slug, Now);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Path.Combine(_site.Root, expected), Assert.Single(result.Written));
        Assert.True(File.Exists(Path.Combine(_site.Root, expected)));
    }

    [Theory]
    [InlineData("", "date: 2026-11-27 20:15:30 +0000")]
    [InlineData("timezone: Asia/Shanghai\n", "date: 2026-11-28 04:15:30 +0800")]
    [InlineData("timezone: America/Los_Angeles\n", "date: 2026-11-27 12:15:30 -0800")]
    public void FrontMatterHasTheTitleAndTheDateInTheSiteTimeZone(string config, string dateLine)
    {
        _site.With("_config.yml", config);

        var path = Assert.Single(PostScaffolder.Create(_site.Root, "Say \"hi\" \\ 你好", false, null, Now).Written);

        var text = File.ReadAllText(path);
        Assert.StartsWith("---\ntitle: \"Say \\\"hi\\\" \\\\ 你好\"\n" + dateLine + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNewPostBuildsWithItsTitle()
    {
        _site.With("_config.yml", "timezone: Asia/Shanghai\n");
        PostScaffolder.Create(_site.Root, "Say \"hi\" 你好", false, null, Now);

        var result = _site.Build(new BlogGen.Configuration.ConfigOverrides { BuildTime = Now.AddMinutes(1) });

        Assert.Equal(1, result.Posts);
        Assert.Contains("Say &quot;hi&quot; 你好", _site.Output("2026/11/28/say-hi-你好.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingFileIsNeverOverwritten()
    {
        _site.With("_posts/2026-11-27-hello.md", "mine");

        var result = PostScaffolder.Create(_site.Root, "Hello", false, null, Now);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("_posts/2026-11-27-hello.md: error BG6011: a file with this name already exists and is never overwritten: choose another title or give a --slug", diagnostic.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_site.Root, "_posts", "2026-11-27-hello.md")));
    }

    [Fact]
    public void ATitleWithoutLettersNeedsASlug()
    {
        var result = PostScaffolder.Create(_site.Root, "!!!", false, null, Now);
        Assert.Equal(DiagnosticCodes.SlugEmpty, Assert.Single(result.Diagnostics).Code);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "_posts")));
    }

    [Fact]
    public void AFolderInTheWayIsReportedNotThrown()
    {
        _site.With("_posts", "a file where the folder should be");

        var result = PostScaffolder.Create(_site.Root, "Hello", false, null, Now);

        Assert.Equal(DiagnosticCodes.WriteFailed, Assert.Single(result.Diagnostics).Code);
    }
}
