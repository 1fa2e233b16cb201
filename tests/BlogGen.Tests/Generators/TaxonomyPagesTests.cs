using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class TaxonomyPagesTests
{
    private const string Config = "title: T\nbaseurl: /blog\npermalink: /:year/:month/:day/:title/\npaginate: 2\n";
    private const string Nikkei = "%E6%97%A5%E6%9C%AC%E7%B5%8C%E6%B8%88%E6%96%B0%E8%81%9E";

    private static string Post(string title, string tags, string categories = "[]") =>
        $"---\ntitle: {title}\ntags: {tags}\ncategories: {categories}\n---\nText of {title}.\n";

    private static TempSite Site() => new TempSite()
        .With("_config.yml", Config)
        .With("_posts/2025-01-01-one.md", Post("One", "[Go, 日本経済新聞]", "[Notes]"))
        .With("_posts/2025-01-02-two.md", Post("Two", "[go]", "[Notes, How To]"))
        .With("_posts/2025-01-03-three.md", Post("Three", "[Go]"));

    private static string[] ListedTitles(string html) =>
        [.. Html.Parse(html).QuerySelectorAll(".post-list .post-item-title a").Select(a => a.TextContent)];

    [Fact]
    public void ATagPageListsItsPostsNewestFirstAndPaginatesInsideTheTagFolder()
    {
        using var site = Site();
        site.Build();

        var first = Html.Parse(site.Output("tags/go/index.html"));
        Assert.Equal(["Three", "Two"], ListedTitles(site.Output("tags/go/index.html")));
        Assert.Equal("Go", first.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Tag: Go", first.Title, StringComparison.Ordinal);
        Assert.Equal("/blog/tags/go/page2/", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));

        Assert.Equal(["One"], ListedTitles(site.Output("tags/go/page2/index.html")));
        var second = Html.Parse(site.Output("tags/go/page2/index.html"));
        Assert.Equal("/blog/tags/go/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.False(site.HasOutput("tags/go/page3/index.html"));
    }

    [Fact]
    public void CategoryPagesWorkLikeTagPages()
    {
        using var site = Site();
        site.Build();

        Assert.Equal(["Two", "One"], ListedTitles(site.Output("categories/notes/index.html")));
        Assert.Equal(["Two"], ListedTitles(site.Output("categories/how-to/index.html")));
        Assert.Equal("Category", Html.Parse(site.Output("categories/how-to/index.html")).QuerySelector(".taxonomy-kind")!.TextContent);
    }

    [Fact]
    public void ACjkTagStaysReadableOnDiskAndIsPercentEncodedInLinks()
    {
        using var site = Site();
        site.Build();

        Assert.Equal(["One"], ListedTitles(site.Output("tags/日本経済新聞/index.html")));
        var post = Html.Parse(site.Output("2025/01/01/one/index.html"));
        var chips = post.QuerySelectorAll(".chips-tags .chip a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Go", "/blog/tags/go/"), ("日本経済新聞", $"/blog/tags/{Nikkei}/")], chips);
        Assert.Equal("/blog/categories/notes/",
            post.QuerySelector(".chips-categories .chip a")!.GetAttribute("href"));
        var home = Html.Parse(site.Output("page2/index.html"));
        Assert.Contains($"/blog/tags/{Nikkei}/", home.QuerySelectorAll(".post-list .chip a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void IndexPagesListEveryNameWithItsCount()
    {
        using var site = Site();
        site.Build();

        Assert.Equal(["Go 3 /blog/tags/go/", $"日本経済新聞 1 /blog/tags/{Nikkei}/"], Entries(site.Output("tags/index.html")));
        Assert.Equal(["How To 1 /blog/categories/how-to/", "Notes 2 /blog/categories/notes/"], Entries(site.Output("categories/index.html")));
    }

    private static string[] Entries(string html) =>
        [.. Html.Parse(html).QuerySelectorAll(".taxonomy-index li").Select(li =>
            $"{li.QuerySelector("a")!.TextContent} {li.QuerySelector(".taxonomy-count")!.TextContent} {li.QuerySelector("a")!.GetAttribute("href")}")];

    [Fact]
    public void NamesThatSlugAlikeShareOnePageWithAWarningNamingBoth()
    {
        using var site = Site();
        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TaxonomyNamesMerged);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'Go' (in _posts/2025-01-03-three.md, _posts/2025-01-01-one.md) and 'go' (in _posts/2025-01-02-two.md)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision);
    }

    [Fact]
    public void ANameWithoutSlugIsReportedAndGetsNoPageNorLink()
    {
        using var site = new TempSite()
            .With("_config.yml", Config)
            .With("_posts/2025-01-01-one.md", Post("One", "[\"+++\", ok]"));
        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TaxonomyNameWithoutSlug);
        Assert.Equal("_posts/2025-01-01-one.md", warning.Path);
        Assert.Equal(["tags/index.html", "tags/ok/index.html"], site.OutputFiles().Where(f => f.StartsWith("tags/", StringComparison.Ordinal)));
        var chips = Html.Parse(site.Output("2025/01/01/one/index.html")).QuerySelectorAll(".chips-tags .chip");
        Assert.Equal(["+++:", "ok:/blog/tags/ok/"], chips.Select(c => $"{c.TextContent}:{c.QuerySelector("a")?.GetAttribute("href")}"));
    }

    [Fact]
    public void EveryLinkOnGeneratedPagesCarriesTheBaseUrl()
    {
        using var site = Site();
        site.Build();

        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)
            && (f.StartsWith("tags/", StringComparison.Ordinal) || f.StartsWith("categories/", StringComparison.Ordinal) || f.StartsWith("archive/", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(8, pages.Count);
        foreach (var page in pages)
        {
            var document = Html.Parse(site.Output(page));
            var urls = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!))
                .Where(u => !u.StartsWith('#'));
            Assert.All(urls, url => Assert.StartsWith("/blog/", url, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheFoldersComeFromTagDirAndCategoryDir()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "tag_dir: labels\ncategory_dir: /topics/all/\n")
            .With("_posts/2025-01-01-one.md", Post("One", "[Go]", "[Notes]"));
        site.Build();

        Assert.True(site.HasOutput("labels/go/index.html"));
        Assert.True(site.HasOutput("labels/index.html"));
        Assert.True(site.HasOutput("topics/all/notes/index.html"));
        Assert.False(site.HasOutput("tags/index.html"));
        var post = Html.Parse(site.Output("2025/01/01/one/index.html"));
        Assert.Equal("/blog/labels/go/", post.QuerySelector(".chips-tags a")!.GetAttribute("href"));
        Assert.Equal("/blog/topics/all/notes/", post.QuerySelector(".chips-categories a")!.GetAttribute("href"));
    }

    [Fact]
    public void AnUnusableFolderIsReportedAndTheDefaultUsed()
    {
        using var site = new TempSite()
            .With("_config.yml", Config + "tag_dir: ../out\n")
            .With("_posts/2025-01-01-one.md", Post("One", "[Go]"));
        var result = site.Build();

        Assert.Equal("_config.yml", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TaxonomyDirectoryInvalid).Path);
        Assert.True(site.HasOutput("tags/go/index.html"));
    }

    [Fact]
    public void ASitePageAtTheIndexUrlWinsAndCanListTheTagsInItsContent()
    {
        using var site = Site()
            .With("tags.md", "---\ntitle: All tags\npermalink: /tags/\n---\n{% for t in site.tag_list %}[{{ t.name }}:{{ t.count }}:{{ t.url }}]{% endfor %}\n");
        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var html = site.Output("tags/index.html");
        Assert.Contains("[Go:3:/tags/go/][日本経済新聞:1:/tags/日本経済新聞/]", html, StringComparison.Ordinal);
        Assert.True(site.HasOutput("tags/go/index.html"));
    }

    [Fact]
    public void ATemplateCannotChangeATagForOtherPages()
    {
        using var site = Site()
            .With("_layouts/taxonomy.html", "{% assign page.term.name = 'changed' %}{{ page.term.name }}|{{ paginator.posts.size }}");
        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateRenderError);
        Assert.Contains("Go 3", string.Join(' ', Entries(site.Output("tags/index.html"))), StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryListReachesLayouts()
    {
        using var site = Site()
            .With("_layouts/post.html", "{% for c in site.category_list %}{{ c.slug }}={% for p in c.posts %}{{ p.title }},{% endfor %};{% endfor %}");
        site.Build();

        Assert.Equal("how-to=Two,;notes=Two,One,;", site.Output("2025/01/01/one/index.html"));
    }

    [Fact]
    public void PaginatePathShapesTheTagPageUrls()
    {
        using var site = Site().With("_config.yml", Config + "paginate_path: /p/:num.html\n");
        site.Build();

        Assert.Equal(["One"], ListedTitles(site.Output("tags/go/p/2.html")));
    }

    [Theory]
    [InlineData("/page:num/", "/tags/x/page:num/")]
    [InlineData("page:num", "/tags/x/page:num")]
    [InlineData("/p/:num.html", "/tags/x/p/:num.html")]
    public void PaginatePathIsAppliedInsideTheListFolder(string paginatePath, string expected) =>
        Assert.Equal(expected, TaxonomyGenerator.PaginatePathInside("/tags/x/", paginatePath));
}
