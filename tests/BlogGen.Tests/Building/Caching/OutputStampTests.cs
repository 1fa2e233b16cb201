using BlogGen.Building.Caching;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building.Caching;

/// <summary>
/// A page kept from the last build is checked in the destination by its file's size and modification time once a build
/// found the file holding the right bytes, as make and Hugo trust them: a file edited by hand gets a new time, so it is
/// read, found changed and written again.
/// </summary>
public sealed class OutputStampTests
{
    private static readonly DateTime LongAgo = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    private static TempSite Site() => new TempSite()
        .With("_config.yml", "title: Stamps\nurl: https://example.org\n")
        .With("_layouts/post.html", "<html><body>{{ content }}</body></html>")
        .With("_layouts/page.html", "<html><body>{{ content }}</body></html>")
        .With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello.")
        .With("_posts/2026-02-01-second.md", "---\ntitle: Second\n---\nWorld.")
        .With("about.md", "---\ntitle: About\n---\nAbout us.");

    /// <summary>
    /// Builds, dates the output back (a page written seconds before a check is not trusted by its time), and builds
    /// again after an edit: that build finds each kept page holding its bytes and keeps its size and time.
    /// </summary>
    private static TempSite BuiltTwice(out string about)
    {
        var site = Site();
        Assert.Equal(0, site.Build().Errors);
        about = site.Output("about.html");
        foreach (var file in Directory.EnumerateFiles(site.Destination, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello again.");
        var second = site.Build();
        Assert.Equal(0, second.Errors);
        Assert.True(second.PagesReused > 0);
        return site;
    }

    [Fact]
    public void A_kept_page_edited_by_hand_is_written_again()
    {
        using var site = BuiltTwice(out var about);
        File.WriteAllText(Path.Combine(site.Destination, "about.html"), "edited by hand");
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello once more.");

        var third = site.Build();

        Assert.Equal(0, third.Errors);
        Assert.Equal(about, site.Output("about.html"));
        Assert.Contains("Hello once more.", site.Output("2026/01/01/first.html"), StringComparison.Ordinal);
    }

    /// <summary>The same size, another byte, a new time: the time alone tells the file changed.</summary>
    [Fact]
    public void A_kept_page_edited_by_hand_keeping_its_size_is_written_again()
    {
        using var site = BuiltTwice(out var about);
        var path = Path.Combine(site.Destination, "about.html");
        File.WriteAllText(path, about.Replace("About us.", "About US.", StringComparison.Ordinal));
        Assert.Equal(about.Length, new FileInfo(path).Length);
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello once more.");

        var third = site.Build();

        Assert.Equal(0, third.Errors);
        Assert.Equal(about, site.Output("about.html"));
    }

    /// <summary>In one build session the pages kept on sight (see LayoutHistory) are checked the same way.</summary>
    [Fact]
    public void A_kept_page_edited_by_hand_is_written_again_in_one_build_session()
    {
        using var site = Site();
        var session = new BuildSession();
        Assert.Equal(0, site.Build(session).Errors);
        var about = site.Output("about.html");
        foreach (var file in Directory.EnumerateFiles(site.Destination, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello again.");
        Assert.Equal(0, site.Build(session).Errors);
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello still.");
        Assert.Equal(0, site.Build(session).Errors);
        File.WriteAllText(Path.Combine(site.Destination, "about.html"), "edited by hand");
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello once more.");

        var third = site.Build(session);

        Assert.Equal(0, third.Errors);
        Assert.Equal(about, site.Output("about.html"));
        Assert.Contains("Hello once more.", site.Output("2026/01/01/first.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_page_edited_by_hand_keeping_its_size_and_time_is_trusted_as_make_trusts_it()
    {
        using var site = BuiltTwice(out var about);
        var path = Path.Combine(site.Destination, "about.html");
        var written = File.GetLastWriteTimeUtc(path);
        // The same length, another byte, the old time: only reading the file would tell.
        File.WriteAllText(path, about.Replace("About us.", "About US.", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, written);
        site.With("_posts/2026-01-01-first.md", "---\ntitle: First\n---\nHello once more.");

        var third = site.Build();

        Assert.Equal(0, third.Errors);
        Assert.Contains("About US.", site.Output("about.html"), StringComparison.Ordinal);
        Assert.Contains("Hello once more.", site.Output("2026/01/01/first.html"), StringComparison.Ordinal);
    }
}
