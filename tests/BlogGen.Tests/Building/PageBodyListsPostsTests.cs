using BlogGen.Building.Caching;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// Liquid in a page's body sees the posts' and collection items' <c>excerpt</c> and <c>content</c>, as Jekyll renders
/// posts and collections before pages (the expected page is what Jekyll 4.3.1 writes); a rebuild in one session shows
/// the edited post's new excerpt.
/// </summary>
public sealed class PageBodyListsPostsTests
{
    private const string Listing = "---\ntitle: All\nlayout: bare\n---\n"
        + "{% for post in site.posts %}[{{ post.title }}: {{ post.excerpt | strip_html | strip }} / {{ post.content | strip_html | strip_newlines }}]{% endfor %}"
        + "{% for note in site.notes %}[{{ note.excerpt | strip_html | strip }}]{% endfor %}\n";

    [Fact]
    public void A_page_lists_posts_and_items_with_their_excerpts_and_content()
    {
        using var site = Site();

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("<p>[Two: Second post. / Second post.More.][One: First. / First.][A note.]</p>\n", site.Output("all.html"));
    }

    [Fact]
    public void A_rebuild_in_a_session_lists_the_edited_excerpt()
    {
        using var site = Site();
        var session = new BuildSession();
        site.Build(session);
        site.With("_posts/2025-01-01-one.md", "---\ntitle: One\n---\nFirst, edited.\n");

        site.Build(session);

        Assert.Contains("[One: First, edited. / First, edited.]", site.Output("all.html"), StringComparison.Ordinal);
    }

    private static TempSite Site() => new TempSite()
        .With("_config.yml", "plugins: []\ncollections:\n  notes:\n    output: false\n")
        .With("_layouts/default.html", "{{ content }}")
        .With("_layouts/bare.html", "{{ content }}")
        .With("_posts/2025-01-01-one.md", "---\ntitle: One\n---\nFirst.\n")
        .With("_posts/2025-01-02-two.md", "---\ntitle: Two\nlayout: bare\n---\nSecond *post*.\n\nMore.\n")
        .With("_notes/n.md", "---\ntitle: N\n---\nA note.\n")
        .With("all.md", Listing);
}
