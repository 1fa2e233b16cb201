namespace BlogGen.Tests.Compatibility;

/// <summary>
/// The fixture sites under tests/fixtures/jekyll built by Jekyll and by BlogGen, page by page: the same files, and on
/// every HTML page the same title, visible text, <c>&lt;pre&gt;</c> text and links. Every difference is listed, as
/// intended (with the reason) or as not yet matched; a listed difference that is gone fails too, so the tables stay honest.
/// </summary>
public sealed class JekyllComparisonTests(JekyllSites sites) : IClassFixture<JekyllSites>
{
    private const string Gem = "minima-gem";
    private const string Ejected = "minima-ejected";
    private const string Lanyon = "lanyon";
    private const string Cayman = "cayman";
    private const string Portfolio = "jefdewitt-portfolio";
    private const string Contrast = "contrast";
    private const string JustTheDocs = "just-the-docs";
    private const string Mediumish = "mediumish";

    /// <summary>Differences on purpose, with the reason.</summary>
    public static readonly IReadOnlyList<ListedDifference> Intended =
    [
        new(Gem, ".nojekyll", "file", "BlogGen always writes it, so that GitHub Pages publishes the built site as it is instead of running Jekyll on it again"),
        new(Ejected, ".nojekyll", "file", "as above"),
        new(Gem, "assets/main.css.map", "file", "Sass source maps are not written: the published CSS needs none, and the map would point into the theme gem's folder on the build machine"),
        new(Ejected, "assets/main.css.map", "file", "as above"),
        new(Lanyon, ".nojekyll", "file", "as above"),
        new(Cayman, ".nojekyll", "file", "as above"),
        new(Cayman, "assets/css/style.css.map", "file", "as above"),
        new(Portfolio, ".nojekyll", "file", "as above"),
        new(Portfolio, "css/main.css.map", "file", "as above"),
        new(Contrast, ".nojekyll", "file", "as above"),
        new(Contrast, "assets/PT-Sans/index.css.map", "file", "as above"),
        new(Contrast, "assets/css/frame.css.map", "file", "as above"),
        new(Contrast, "assets/css/index.css.map", "file", "as above"),
        new(Contrast, "assets/css/minimal.css.map", "file", "as above"),
        new(Contrast, "assets/css/sidebar.css.map", "file", "as above"),
        new(JustTheDocs, ".nojekyll", "file", "as above"),
        new(JustTheDocs, "assets/css/just-the-docs-dark.css.map", "file", "as above"),
        new(JustTheDocs, "assets/css/just-the-docs-default.css.map", "file", "as above"),
        new(JustTheDocs, "assets/css/just-the-docs-light.css.map", "file", "as above"),
        new(Mediumish, ".nojekyll", "file", "as above"),
        new(Mediumish, "assets/css/main.css.map", "file", "as above"),
        new(Mediumish, "robots.txt", "file", "the site sets no `url:`, and a robots.txt can only name the sitemap by its absolute URL: BlogGen writes none and says so (BG5020)"),
        new(Mediumish, "customer-service/index.html", "text", "kramdown's `syntax_highlighter_opts: block: line_numbers: true` numbers every fenced code block; BlogGen does not draw those numbers and says so (BG0006)"),
        new(Mediumish, "customer-service/index.html", "pre", "as above: the numbers are a <pre> of their own in Rouge's table"),
        new(Mediumish, "education/index.html", "text", "as above"),
        new(Mediumish, "education/index.html", "pre", "as above"),
        new(Mediumish, "powerful-things-markdown-editor/index.html", "text", "as above"),
        new(Mediumish, "powerful-things-markdown-editor/index.html", "pre", "as above"),
        new(Mediumish, "quick-start-guide/index.html", "text", "as above"),
        new(Mediumish, "quick-start-guide/index.html", "pre", "as above"),
    ];

    /// <summary>Differences still to remove, each with what is not yet matched (none now).</summary>
    public static readonly IReadOnlyList<ListedDifference> NotYetMatched = [];

    public static IEnumerable<object[]> FixtureAspects =>
        from fixture in new[] { Gem, Ejected, Lanyon, Cayman, Portfolio, Contrast, JustTheDocs, Mediumish }
        from aspect in new[] { "file", "title", "text", "pre", "links" }
        select new object[] { fixture, aspect };

    public static IEnumerable<object[]> Listed => Intended.Concat(NotYetMatched).Select(row => new object[] { row.Fixture, row.Url, row.Aspect });

    [JekyllTheory]
    [MemberData(nameof(FixtureAspects))]
    public void EveryDifferenceIsListed(string fixture, string aspect)
    {
        var site = sites[fixture];
        Assert.True(site.JekyllRun!.Succeeded, $"jekyll build failed: {site.JekyllRun.Output}{site.JekyllRun.Error}");
        Assert.Equal([], site.Result!.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()));
        var unlisted = site.Differences
            .Where(difference => difference.Aspect == aspect && !Intended.Concat(NotYetMatched).Any(row => row.Covers(fixture, difference)))
            .Select(difference => difference.ToString())
            .ToList();
        Assert.True(unlisted.Count == 0, "not listed:\n" + string.Join("\n", unlisted));
    }

    [JekyllTheory]
    [MemberData(nameof(Listed))]
    public void ListedDifferenceStillDiffers(string fixture, string url, string aspect)
    {
        Assert.True(sites[fixture].Differences.Any(difference => new ListedDifference(fixture, url, aspect, "").Covers(fixture, difference)),
            $"{fixture} {url} {aspect} is the same as Jekyll's now: take its row out of the table");
    }
}
