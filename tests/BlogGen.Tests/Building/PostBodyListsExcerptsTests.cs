using BlogGen.Building.Caching;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// Liquid in a post's body sees other posts' excerpts, its own among them, and an excerpt that shows another's, as
/// Jekyll renders an excerpt when it is read (each expected page is what Jekyll 4.3.1 writes for the same files). An
/// excerpt that shows itself is an error naming the post, where Jekyll stops with "stack level too deep".
/// </summary>
public sealed class PostBodyListsExcerptsTests
{
    private const string Listing = "{% for p in site.posts %}[{{ p.title }}: {{ p.excerpt | strip_html | strip }}]{% endfor %}";

    [Theory]
    [InlineData("2025/01/01/y.html", "<p>Why Y.</p>\n<p>More.</p>\n")]
    [InlineData("2025/01/02/x.html", "<p>X says Why Y.</p>\n<p>More.</p>\n")]
    [InlineData("2025/01/03/z.html", "<p>Zed.</p>\n<p>[Z: Zed.][X: X says Why Y.][Y: Why Y.]</p>\n")]
    public void A_post_body_shows_the_excerpts_Jekyll_shows(string page, string expected)
    {
        using var site = Site();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(expected, site.Output(page));
    }

    [Fact]
    public void A_rebuild_in_a_session_shows_the_edited_excerpt_in_other_posts()
    {
        using var site = Site();
        var session = new BuildSession();
        site.Build(session);
        site.With("_posts/2025-01-01-y.md", "---\ntitle: Y\nlayout: bare\n---\nWhy not {{ page.title }}.\n");

        site.Build(session);

        Assert.Equal("<p>Zed.</p>\n<p>[Z: Zed.][X: X says Why not Y.][Y: Why not Y.]</p>\n", site.Output("2025/01/03/z.html"));
    }

    [Fact]
    public void An_excerpt_that_shows_its_own_excerpt_is_an_error_naming_the_post()
    {
        using var site = Site().With("_posts/2025-01-04-d.md", "---\ntitle: D\nlayout: bare\n---\n" + Listing + "\n\nMore.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ExcerptReadsItself, "_posts/2025-01-04-d.md", 5), (error.Code, error.Path, error.Line));
        Assert.Contains("[Z: Zed.][X: X says Why Y.][Y: Why Y.]", site.Output("2025/01/03/z.html"), StringComparison.Ordinal);
    }

    /// <summary>A series whose parts each show the part before: a chain as long as the series, never a loop.</summary>
    [Fact]
    public void A_long_series_showing_each_previous_part_settles_without_an_error()
    {
        using var site = new TempSite()
            .With("_config.yml", "plugins: []\nmarkdown: kramdown\n")
            .With("_layouts/bare.html", "{{ content }}");
        for (var part = 1; part <= 6; part++)
        {
            site.With($"_posts/2025-02-0{part}-part{part}.md", $"---\ntitle: Part {part}\nlayout: bare\n---\n"
                + $"Part {part}.{{% if page.previous %}} Previously: {{{{ page.previous.excerpt | strip_html | strip }}}}{{% endif %}}\n\nMore.\n");
        }

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("<p>Part 6. Previously: Part 5. Previously: Part 4. Previously: Part 3. Previously: Part 2. Previously: Part 1.</p>\n<p>More.</p>\n",
            site.Output("2025/02/06/part6.html"));
    }

    /// <summary>A post showing another's whole content shows it as that post ends up, excerpts it shows included.</summary>
    [Fact]
    public void A_post_showing_another_posts_content_shows_its_final_text()
    {
        using var site = new TempSite()
            .With("_config.yml", "plugins: []\nmarkdown: kramdown\n")
            .With("_layouts/bare.html", "{{ content }}")
            .With("_posts/2025-03-01-c.md", "---\ntitle: C\nlayout: bare\n---\nC's excerpt text.\n")
            .With("_posts/2025-03-02-b.md", "---\ntitle: B\nlayout: bare\n---\nB first.\n\nB quotes: {% assign c = site.posts | where: 'title', 'C' | first %}{{ c.excerpt | strip_html | strip }}\n")
            .With("_posts/2025-03-03-a.md", "---\ntitle: A\nlayout: bare\n---\nA first.\n\n{% assign b = site.posts | where: 'title', 'B' | first %}{{ b.content }}\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("<p>B quotes: C’s excerpt text.</p>", site.Output("2025/03/03/a.html"), StringComparison.Ordinal);
    }

    private static TempSite Site() => new TempSite()
        .With("_config.yml", "plugins: []\nmarkdown: kramdown\n")
        .With("_layouts/default.html", "{{ content }}")
        .With("_layouts/bare.html", "{{ content }}")
        .With("_posts/2025-01-01-y.md", "---\ntitle: Y\nlayout: bare\n---\nWhy {{ page.title }}.\n\nMore.\n")
        .With("_posts/2025-01-02-x.md", "---\ntitle: X\nlayout: bare\n---\n"
            + "X says {% for p in site.posts %}{% if p.title == \"Y\" %}{{ p.excerpt | strip_html | strip }}{% endif %}{% endfor %}\n\nMore.\n")
        .With("_posts/2025-01-03-z.md", "---\ntitle: Z\nlayout: bare\n---\nZed.\n\n" + Listing + "\n");
}
