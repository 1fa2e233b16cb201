using System.Diagnostics;
using System.Globalization;
using System.Text;

using BlogGen.Markdown;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// Broken and hostile input, one class per row: each is added to a small good site (tests/fixtures/hostile/site)
/// from tests/fixtures/hostile/cases/NAME, or written here when it cannot live in git (binary, other encodings,
/// huge or deeply nested text, long names, symbolic links). Every build must finish with exactly the expected
/// diagnostics, still write the good posts, and write nothing outside the destination.
/// </summary>
public sealed class HostileContentTests
{
    private const int DeepNesting = 20_000;

    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "fixtures", "hostile");

    /// <summary>Written by the good site whatever else happens, with a sentence of each post.</summary>
    private static readonly (string Output, string Text)[] GoodPosts =
    [
        ("2025/01/01/first.html", "The first post always builds."),
        ("2025/01/02/second.html", "The second post always builds."),
    ];

    private static readonly Dictionary<string, Action<TempSite>> Generated = new(StringComparer.Ordinal)
    {
        ["not-utf8"] = site => site.WithBytes("_posts/2025-02-01-gbk.md",
            [.. Encoding.UTF8.GetBytes("---\ntitle: GBK\n---\nFirst line.\n"), 0xD6, 0xD0, 0xCE, 0xC4, (byte)'\n']),
        ["utf16"] = site => site.WithBytes("_posts/2025-02-01-utf16.md",
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\ntitle: UTF-16\n---\nBody.\n")]),
        ["binary-in-posts"] = site => site.WithBytes("_posts/2025-02-01-photo.png",
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']),
        ["huge-front-matter"] = site => site.With("_posts/2025-02-01-huge-front-matter.md",
            "---\ntitle: Huge\n" + string.Concat(Enumerable.Range(0, 60_000).Select(i => $"key{i}: value\n")) + "---\nBody.\n"),
        ["huge-front-matter-value"] = site => site.With("_posts/2025-02-01-huge-value.md",
            "---\ntitle: " + new string('x', 5_000_000) + "\n---\nA title of five million characters is still a title.\n"),
        ["deep-yaml"] = site => site.With("_posts/2025-02-01-deep-yaml.md",
            "---\ntitle: Deep\nnested: " + new string('[', DeepNesting) + new string(']', DeepNesting) + "\n---\nBody.\n"),
        ["deep-quotes"] = site => site.With("_posts/2025-02-01-deep-quotes.md",
            "---\ntitle: Deep quotes\ntoc: true\n---\n## Heading\n\n" + string.Concat(Enumerable.Repeat("> ", DeepNesting)) + "deep\n"),
        ["deep-lists"] = site => site.With("_posts/2025-02-01-deep-lists.md",
            "---\ntitle: Deep lists\n---\nIntro.\n\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- item\n"))),
        ["deep-list-markers"] = site => site.With("_posts/2025-02-01-deep-list-markers.md",
            "---\ntitle: Deep list markers\n---\n" + string.Concat(Enumerable.Repeat("- ", DeepNesting)) + "deep\n"),
        ["deep-emphasis"] = site => site.With("_posts/2025-02-01-deep-emphasis.md",
            "---\ntitle: Deep emphasis\n---\n" + new string('*', DeepNesting) + "x" + new string('*', DeepNesting) + "\n"),
        ["deep-brackets"] = site => site.With("_posts/2025-02-01-deep-brackets.md",
            "---\ntitle: Deep brackets\n---\n" + new string('[', DeepNesting) + "x" + string.Concat(Enumerable.Repeat("](/)", DeepNesting)) + "\n"),
        ["deep-html-in-markdown"] = site => site.With("_posts/2025-02-01-deep-html.md",
            "---\ntitle: Deep HTML\ntoc: true\n---\n## Heading\n\n" + DeepDivs() + "\n"),
        ["deep-html-post"] = site => site.With("_posts/2025-02-01-deep-html-post.html",
            "---\ntitle: Deep HTML post\n---\n" + DeepDivs()),
        ["long-page-name"] = site => site.With(new string('a', 252) + ".md", "---\ntitle: Long name\n---\nBody.\n"),
        ["long-post-name"] = site => site.With("_posts/2025-02-01-" + new string('b', 240) + ".md", "---\ntitle: Long name\n---\nBody.\n"),
        ["long-cjk-post-name"] = site => site.With("_posts/2025-02-01-" + string.Concat(Enumerable.Repeat("长", 80)) + ".md", "---\ntitle: Long CJK name\n---\nBody.\n"),
        ["long-slug"] = site => site.With("_posts/2025-02-01-long-slug.md", "---\ntitle: Long slug\nslug: " + new string('c', 300) + "\n---\nBody.\n"),
        ["long-tag"] = site => site.With("_posts/2025-02-01-long-tag.md", "---\ntitle: Long tag\ntags: [" + new string('t', 300) + "]\n---\nBody.\n"),
        ["symlink-outside"] = site =>
        {
            Directory.CreateDirectory(site.PathOf("_posts"));
            File.CreateSymbolicLink(site.PathOf("_posts/2025-02-01-passwd.md"), "/etc/passwd");
        },
        ["symlink-folder"] = site => Directory.CreateSymbolicLink(site.PathOf("etc"), "/etc"),
        ["symlink-loop"] = site =>
        {
            File.CreateSymbolicLink(site.PathOf("loop-a.md"), site.PathOf("loop-b.md"));
            File.CreateSymbolicLink(site.PathOf("loop-b.md"), site.PathOf("loop-a.md"));
        },
    };

    [Theory]
    [InlineData("never-closed", "error BG1001 _posts/2025-02-01-never-closed.md(1)")]
    [InlineData("yaml-colon", "error BG1002 _posts/2025-02-01-yaml-colon.md(2)")]
    [InlineData("yaml-unclosed-list", "error BG1002 _posts/2025-02-01-yaml-unclosed-list.md(3)")]
    [InlineData("yaml-unclosed-quote", "error BG1002 _posts/2025-02-01-yaml-unclosed-quote.md(2)")]
    [InlineData("tab-indentation", "error BG1002 _posts/2025-02-01-tab-indentation.md(4)")]
    [InlineData("duplicate-key", "error BG1004 _posts/2025-02-01-duplicate-key.md(4)")]
    [InlineData("list-front-matter", "error BG1003 _posts/2025-02-01-list-front-matter.md(2)")]
    [InlineData("scalar-front-matter", "error BG1003 _posts/2025-02-01-scalar-front-matter.md(2)")]
    [InlineData("alias-bomb", "error BG1002 _posts/2025-02-01-alias-bomb.md(8)")]
    [InlineData("undefined-alias", "error BG1002 _posts/2025-02-01-undefined-alias.md(2)")]
    [InlineData("huge-front-matter", "error BG1002 _posts/2025-02-01-huge-front-matter.md(50001)")]
    [InlineData("huge-front-matter-value", "written 2025/02/01/huge-value.html")]
    [InlineData("deep-yaml", "error BG1002 _posts/2025-02-01-deep-yaml.md(3)")]
    [InlineData("date-words", "error BG1005 _posts/2025-02-01-date-words.md(3)")]
    [InlineData("date-impossible", "error BG1005 _posts/2025-02-01-date-impossible.md(3)")]
    [InlineData("date-list", "error BG1005 _posts/2025-02-01-date-list.md(3)")]
    [InlineData("date-year-zero", "error BG1005 _posts/2025-02-01-date-year-zero.md(3)")]
    [InlineData("file-name-date-impossible", "error BG1005 _posts/2025-13-01-month-thirteen.md(0)")]
    [InlineData("no-date", "error BG1006 _posts/undated.md(0)")]
    [InlineData("not-utf8", "error BG1007 _posts/2025-02-01-gbk.md(5)")]
    [InlineData("utf16", "error BG1007 _posts/2025-02-01-utf16.md(1)")]
    [InlineData("binary-in-posts", "error BG1007 _posts/2025-02-01-photo.png(3)")]
    [InlineData("empty-file", "warning BG1011 _posts/2025-02-01-empty.md(0)")]
    [InlineData("empty-front-matter", "written 2025/02/01/empty-front-matter.html")]
    [InlineData("deep-quotes", "warning BG1020 _posts/2025-02-01-deep-quotes.md(7)", "written 2025/02/01/deep-quotes.html")]
    [InlineData("deep-lists", "warning BG1020 _posts/2025-02-01-deep-lists.md(56)", "written 2025/02/01/deep-lists.html")]
    [InlineData("deep-list-markers", "warning BG1020 _posts/2025-02-01-deep-list-markers.md(4)", "written 2025/02/01/deep-list-markers.html")]
    [InlineData("deep-emphasis", "warning BG1020 _posts/2025-02-01-deep-emphasis.md(4)", "written 2025/02/01/deep-emphasis.html")]
    [InlineData("deep-brackets", "warning BG1020 _posts/2025-02-01-deep-brackets.md(4)", "written 2025/02/01/deep-brackets.html")]
    [InlineData("deep-html-in-markdown", "warning BG2001 _posts/2025-02-01-deep-html.md(0)", "written 2025/02/01/deep-html.html")]
    [InlineData("deep-html-post", "warning BG2001 _posts/2025-02-01-deep-html-post.html(0)", "written 2025/02/01/deep-html-post.html")]
    [InlineData("missing-layout", "error BG3001 _posts/2025-02-01-missing-layout.md(0)")]
    [InlineData("layout-cycle", "error BG3002 _layouts/inner.html(0)")]
    [InlineData("include-cycle", "error BG3004 _includes/pong.html(1)")]
    [InlineData("include-self", "error BG3004 _includes/mirror.html(1)")]
    [InlineData("url-collision", "error BG1102 _posts/2025-02-01-claims-url.md(0)", "written shared/index.html")]
    [InlineData("permalink-dot-dot", "error BG1101 _posts/2025-02-01-dot-dot.md(3)")]
    [InlineData("permalink-encoded-dot-dot", "error BG1101 _posts/2025-02-01-encoded-dot-dot.md(3)")]
    [InlineData("permalink-backslash", "error BG1103 _posts/2025-02-01-backslash.md(3)")]
    [InlineData("permalink-drive-letter", "error BG1103 _posts/2025-02-01-drive-letter.md(3)")]
    [InlineData("permalink-nul", "error BG1103 _posts/2025-02-01-nul.md(3)")]
    [InlineData("permalink-absolute", "written etc/passwd.html")]
    [InlineData("slug-climbs", "written 2025/02/01/..-..-..-escaped.html")]
    [InlineData("slug-drive-letter", "written 2025/02/01/C-Windows-escaped.html")]
    [InlineData("space-name", "written 2025/02/01/hello-world.html")]
    [InlineData("cjk-name", "written 2025/02/01/你好世界.html")]
    [InlineData("long-post-name", "written 2025/02/01/{b*240}.html")]
    [InlineData("long-cjk-post-name", "written 2025/02/01/{长*80}.html")]
    [InlineData("long-page-name", "error BG1103 {a*252}.md(0)")]
    [InlineData("long-slug", "error BG1103 _posts/2025-02-01-long-slug.md(0)")]
    [InlineData("long-tag", "warning BG5002 _posts/2025-02-01-long-tag.md(0)", "written 2025/02/01/long-tag.html")]
    [InlineData("symlink-outside", "warning BG1010 _posts/2025-02-01-passwd.md(0)")]
    [InlineData("symlink-folder", "warning BG1010 etc(0)")]
    [InlineData("symlink-loop", "warning BG1010 loop-a.md(0)", "warning BG1010 loop-b.md(0)")]
    [InlineData("template-text", "warning BG3005 _posts/2025-02-01-template-text.md(4)", "written 2025/02/01/template-text.html")]
    public void HostileInputIsReportedAndTheRestOfTheSiteBuilds(string name, params string[] expectedRows)
    {
        var expected = expectedRows.Select(Repeated).ToList();
        using var site = Arrange(name);
        var before = FilesOutsideDestination(site);

        var result = site.Build();

        var reported = result.Diagnostics.Concat(result.SanitizerReports)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Path}({d.Line})"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Where(e => !e.StartsWith("written ", StringComparison.Ordinal)).Order(StringComparer.Ordinal), reported);
        foreach (var (output, text) in GoodPosts)
        {
            Assert.Contains(text, site.Output(output), StringComparison.Ordinal);
            Assert.Contains(Html.Parse(site.Output("index.html")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/" + output);
        }
        foreach (var written in expected.Where(e => e.StartsWith("written ", StringComparison.Ordinal)))
        {
            Assert.True(site.HasOutput(written["written ".Length..]), $"{written} is missing");
        }
        Assert.Equal(before, FilesOutsideDestination(site));
        Assert.False(File.Exists(Path.Combine(site.Root, "..", "escaped.html")));
    }

    [Theory]
    [InlineData("deep-quotes", "2025/02/01/deep-quotes.html", "&gt; &gt; &gt; deep")]
    [InlineData("deep-emphasis", "2025/02/01/deep-emphasis.html", "***x***")]
    [InlineData("deep-html-post", "2025/02/01/deep-html-post.html", "nested text")]
    [InlineData("deep-html-in-markdown", "2025/02/01/deep-html.html", "nested text")]
    public void TooDeeplyNestedTextIsKept(string name, string output, string text)
    {
        using var site = Arrange(name);

        site.Build();

        Assert.Contains(text, site.Output(output), StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlNestedTooDeeplyIsFlattenedBelowTheLimit()
    {
        using var site = Arrange("deep-html-post");

        var result = site.Build();

        var report = Assert.Single(result.SanitizerReports);
        Assert.Contains("nested more than 256 levels deep", report.Message, StringComparison.Ordinal);
        var article = Html.Parse(site.Output("2025/02/01/deep-html-post.html")).QuerySelector("[itemprop=articleBody]")!;
        var depth = 0;
        for (var element = article.QuerySelector("div"); element is not null; element = element.FirstElementChild)
        {
            depth++;
        }
        Assert.InRange(depth, 200, 256);
    }

    [Fact]
    public void MarkdownTooDeepForMarkdigIsRenderedAsWrittenNotThrown()
    {
        var renderer = new MarkdownRenderer(_ => true);
        var text = string.Concat(Enumerable.Repeat("> - ", 100)) + "<deep>\n";

        var result = renderer.Render(text);

        Assert.Equal("<pre><code>" + text.Replace(">", "&gt;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal) + "</code></pre>\n", result.Html);
    }

    [Fact]
    public void EverydayHtmlWithUnclosedParagraphsAndManyVoidElementsIsNotFlattened()
    {
        using var site = Arrange("empty-front-matter");
        site.With("_posts/2025-02-02-old-html.html", "---\ntitle: Old HTML\n---\n<div>"
            + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"<p>Paragraph {i}<br><img src=\"/a.png\" alt=\"\">"))
            + string.Concat(Enumerable.Repeat("<ul><li>a<li>b</ul>", 300)) + "</div>");

        var result = site.Build();

        Assert.Empty(result.SanitizerReports);
        Assert.Equal(1_000, Html.Parse(site.Output("2025/02/02/old-html.html")).QuerySelectorAll("[itemprop=articleBody] p").Length);
    }

    [Fact]
    public void ANulInAPermalinkIsShownEscapedInTheMessage()
    {
        using var site = Arrange("permalink-nul");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Contains("'/escaped\\u0000.html'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', error.ToString());
    }

    [Fact]
    public void TemplateLookingProseIsKeptLiterally()
    {
        using var site = Arrange("template-text");

        site.Build();

        Assert.Contains("Mirrored prose with {{ 价格 and {% 标签 in it.", Html.Parse(site.Output("2025/02/01/template-text.html")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkTargetsOutsideTheSourceAreNeverPublished()
    {
        using var site = Arrange("symlink-outside");
        Generated["symlink-folder"](site);

        site.Build();

        Assert.DoesNotContain(site.OutputFiles(), f => f.Contains("passwd", StringComparison.Ordinal) || f.StartsWith("etc/", StringComparison.Ordinal));
    }

    [Fact]
    public void ATenMegabytePostBuildsInReasonableTime()
    {
        using var site = Arrange("empty-front-matter");
        var paragraph = "A paragraph of a very long post, with *emphasis*, a [link](https://example.org/) and `code`.\n\n";
        var body = new StringBuilder("---\ntitle: Ten megabytes\n---\n");
        while (body.Length < 10 * 1024 * 1024)
        {
            body.Append(paragraph);
        }
        site.With("_posts/2025-02-02-ten-megabytes.md", body.ToString());
        var clock = Stopwatch.StartNew();

        var result = site.Build();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(60));
        Assert.Empty(result.Diagnostics);
        Assert.True(new FileInfo(Path.Combine(site.Destination, "2025/02/02/ten-megabytes.html")).Length > 10 * 1024 * 1024);
    }

    [Fact]
    public void HtmlInTitlesAndFrontMatterIsAlwaysEscaped()
    {
        const string Script = "<script>alert(1)</script>";
        using var site = Arrange("empty-front-matter");
        site.With("_posts/2025-02-03-script.md",
            $"---\ntitle: \"{Script} & co\"\ndescription: \"{Script}\"\nauthor: \"{Script}\"\ntags: [\"{Script}\", \"<b>bold</b>\"]\n---\nThe body.\n");

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        foreach (var page in new[] { "2025/02/03/script.html", "index.html", "archive/index.html", "tags/index.html" })
        {
            var html = site.Output(page);
            Assert.Empty(Html.ExecutableScripts(html));
            Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        }
        var post = Html.Parse(site.Output("2025/02/03/script.html"));
        Assert.Equal($"{Script} & co — Hostile content fixture", post.Title);
        Assert.Equal($"{Script} & co", post.QuerySelector("h1")!.TextContent);
        Assert.Equal($"{Script} & co", post.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(Script, post.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        var jsonLd = post.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("<", jsonLd, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", jsonLd, StringComparison.Ordinal);
        var feed = site.Output("feed.xml");
        Assert.DoesNotContain(Script, feed, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", feed, StringComparison.Ordinal);
        var search = string.Concat(Directory.EnumerateFiles(Path.Combine(site.Destination, "search", "posts")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.DoesNotContain("<", search, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", search, StringComparison.Ordinal);
    }

    /// <summary>Writes out "{b*240}" as 240 b's, so long names in the table stay readable.</summary>
    private static string Repeated(string row) =>
        System.Text.RegularExpressions.Regex.Replace(row, @"\{(.)\*(\d+)\}", m => new string(m.Groups[1].Value[0], int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));

    private static TempSite Arrange(string name)
    {
        var site = new TempSite();
        CopyInto(site, Path.Combine(Fixture, "site"));
        var overlay = Path.Combine(Fixture, "cases", name);
        if (Directory.Exists(overlay))
        {
            CopyInto(site, overlay);
        }
        if (Generated.TryGetValue(name, out var generate))
        {
            generate(site);
        }
        return site;
    }

    private static void CopyInto(TempSite site, string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            site.WithBytes(Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
    }

    private static string DeepDivs() =>
        string.Concat(Enumerable.Repeat("<div>", DeepNesting)) + "nested text" + string.Concat(Enumerable.Repeat("</div>", DeepNesting));

    /// <summary>
    /// Every file and folder of the site outside its destination and the build cache (symbolic links left out, so /etc is
    /// never walked), with its size: a build must leave them as they were.
    /// </summary>
    private static List<string> FilesOutsideDestination(TempSite site) =>
        [.. new DirectoryInfo(site.Root)
            .EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(e => !e.FullName.StartsWith(site.Destination, StringComparison.Ordinal)
                && !e.FullName.StartsWith(Path.Combine(site.Root, ".bloggen-cache"), StringComparison.Ordinal))
            .Select(e => $"{Path.GetRelativePath(site.Root, e.FullName)} {(e is FileInfo f ? f.Length : -1)}")
            .Order(StringComparer.Ordinal)];
}
