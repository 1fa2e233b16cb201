using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// A kramdown site's posts are converted as Jekyll converts them; a BlogGen site's are not touched by any of it; and a
/// site that switches dialect is converted again, even by a session that kept the bodies of the build before.
/// </summary>
public sealed class KramdownSiteTests
{
    private const string Post = "---\ntitle: One\nlayout: none\n---\n\"Quoted\" -- text\n\n## Héllo 中文\n{: .big}\n\n```ruby\nputs 1\n```\n\n`x`\n";

    private const string KramdownBody =
        "<p>“Quoted” – text</p>\n<h2 id=\"héllo-中文\" class=\"big\">Héllo 中文</h2>\n"
        + "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"nb\">puts</span> <span class=\"mi\">1</span>\n</code></pre></div></div>\n"
        + "<p><code class=\"language-plaintext highlighter-rouge\">x</code></p>\n";

    private const string BlogGenBody =
        "<p>&quot;Quoted&quot; -- text</p>\n<h2 id=\"héllo-中文\">Héllo 中文</h2>\n<p>{: .big}</p>\n"
        + "<pre class=\"highlight\"><code class=\"language-ruby\"><span class=\"hl-function\">puts</span> <span class=\"hl-number\">1</span>\n</code></pre>\n"
        + "<p><code>x</code></p>\n";

    /// <summary>
    /// A footnote kramdown leaves out (no text refers to it; one of the same name, whatever its case, came first; referred
    /// to only inside a <c>markdown="1"</c> element) is a warning at its definition: its text is on no page.
    /// </summary>
    [Fact]
    public void A_footnote_left_out_is_a_warning_at_its_definition()
    {
        using var site = new TempSite()
            .With("_config.yml", "markdown: kramdown\n")
            .With("_layouts/none.html", "{{ content }}")
            .With("_posts/2025-01-01-one.md", "---\ntitle: One\nlayout: none\n---\nText[^a].\n\n<div markdown=\"1\">\nInside[^c].\n</div>\n\n[^a]: shown note\n[^b]: unused note\n[^A]: same name note\n[^c]: only inside\n");

        var result = site.Build();

        Assert.Equal([(12, "[^b]"), (13, "[^A]"), (14, "[^c]")], result.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.MarkdownSyntaxNotRead)
            .Select(d => (d.Line, d.Message[(d.Message.IndexOf('\'', StringComparison.Ordinal) + 1)..d.Message.IndexOf("' is not shown", StringComparison.Ordinal)])));
        Assert.Contains("shown note", site.Output("2025/01/01/one.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown: kramdown\n", KramdownBody)]
    [InlineData("title: plain BlogGen site\n", BlogGenBody)]
    public void Bodies_follow_the_sites_markdown(string configuration, string body)
    {
        using var site = new TempSite()
            .With("_config.yml", configuration)
            .With("_layouts/none.html", "{{ content }}")
            .With("_posts/2025-01-01-one.md", Post);

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(body, site.Output("2025/01/01/one.html"));
    }

    /// <summary>The configuration stays the same: a layout of its own makes the site a Jekyll site, and so a kramdown site.</summary>
    [Fact]
    public void Becoming_a_kramdown_site_converts_the_bodies_again()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: t\nplugins: [jekyll-feed]\n")
            .With("_layouts/none.html", "{{ content }}")
            .With("_posts/2025-01-01-one.md", Post);
        var session = new BuildSession();
        site.Build(session);
        Assert.Equal(BlogGenBody, site.Output("2025/01/01/one.html"));

        site.With("_layouts/default.html", "<html><body>{{ content }}</body></html>");
        site.Build(session);

        Assert.Equal(KramdownBody, site.Output("2025/01/01/one.html"));
    }
}
