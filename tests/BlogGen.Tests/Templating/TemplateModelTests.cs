using System.Collections;

using BlogGen.Configuration;
using BlogGen.Templating;
using BlogGen.Tests.TestSupport;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

public sealed class TemplateModelTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\ndescription: About things\nlang: zh-CN\nurl: https://example.org/\nbaseurl: /blog\n"
            + "timezone: Asia/Shanghai\npaginate: 5\nauthor:\n  name: Ann\n  links: [a, b]\n")
        .With("_posts/2025-02-13-newest.md", "---\ntitle: Newest\ndate: 2025-02-13 07:55:52\ntags: [news, 日本]\ncategories: World\nfrom: https://example.com/a\nmeta:\n  source: nikkei\n---\n")
        .With("_posts/2025-02-01-middle.md", "---\ntags: [news]\n---\n")
        .With("_posts/2025-01-01-oldest.md", "---\ntags: [Zeta, 日本]\ncategories: [World, Asia]\npermalink: /archive/oldest/\n---\n")
        .With("about.md", "---\ntitle: About\nlayout: plain\n---\n")
        .With("_layouts/plain.html", "{{ content }}");

    public void Dispose() => _site.Dispose();

    private string Render(string liquid, string page = "_posts/2025-02-13-newest.md", ConfigOverrides? overrides = null)
    {
        _site.With("_layouts/probe.html", liquid);
        var setup = TemplateSetup.Load(_site, overrides);
        var result = setup.Renderer.RenderLayouts("", "probe", setup.Page(page), null, page);
        Assert.Empty(result.Diagnostics);
        return result.Output!;
    }

    [Theory]
    [InlineData("{{ page.title }}", "Newest")]
    [InlineData("{{ page.url }}", "/world/2025/02/13/newest.html")]
    [InlineData("{{ page.id }}", "/world/2025/02/13/newest")]
    [InlineData("{{ page.path }}", "_posts/2025-02-13-newest.md")]
    [InlineData("{{ page.slug }}", "newest")]
    [InlineData("{{ page.tags | join: ',' }}|{{ page.tags.size }}", "news,日本|2")]
    [InlineData("{{ page.categories | join: ',' }}", "World")]
    [InlineData("{{ page.layout }}|{{ page.draft }}|{{ page.collection }}", "post|false|posts")]
    [InlineData("{{ page.date }}", "2025-02-13 07:55:52 +0800")]
    [InlineData("{{ page.from }}|{{ page.meta.source }}", "https://example.com/a|nikkei")]
    [InlineData("[{{ page.content }}][{{ page.excerpt }}]", "[][]")]
    public void APostHasItsFrontMatterAndJekyllsDerivedFields(string liquid, string expected)
    {
        Assert.Equal(expected, Render(liquid));
    }

    [Theory]
    [InlineData("_posts/2025-01-01-oldest.md", "/archive/oldest/", "/archive/oldest")]
    [InlineData("about.md", "/about.html", "/about")]
    public void TheIdIsTheUrlWithoutHtmlOrTrailingSlash(string page, string url, string id)
    {
        Assert.Equal($"{url}|{id}", Render("{{ page.url }}|{{ page.id }}", page));
    }

    [Fact]
    public void APageHasNoDateAndNoCollection()
    {
        Assert.Equal("About|plain||[]|", Render("{{ page.title }}|{{ page.layout }}|{{ page.date }}|{{ page.tags | jsonify }}|{{ page.collection }}", "about.md"));
    }

    [Theory]
    [InlineData("{{ site.title }}|{{ site.description }}|{{ site.lang }}", "Site|About things|zh-CN")]
    [InlineData("{{ site.url }}|{{ site.baseurl }}|{{ site.timezone }}|{{ site.paginate }}", "https://example.org|/blog|Asia/Shanghai|5")]
    [InlineData("{{ site.time }}", "2026-11-27 20:00:00 +0800")]
    [InlineData("{{ site.author.name }}|{{ site.author.links | join: '+' }}", "Ann|a+b")]
    [InlineData("{% for post in site.posts %}{{ post.title }};{% endfor %}", "Newest;Middle;Oldest;")]
    [InlineData("{% for p in site.pages %}{{ p.title }};{% endfor %}", "About;")]
    [InlineData("{{ site.data | jsonify }}", "{}")]
    public void TheSiteHasItsConfigurationAndContent(string liquid, string expected)
    {
        Assert.Equal(expected, Render(liquid));
    }

    [Theory]
    [InlineData("{% for tag in site.tags %}{{ tag[0] }}={% for p in tag[1] %}{{ p.title }},{% endfor %};{% endfor %}",
        "Zeta=Oldest,;news=Newest,Middle,;日本=Newest,Oldest,;")]
    [InlineData("{% for tag in site.tags %}{{ tag.key }}:{{ tag.value.size }};{% endfor %}", "Zeta:1;news:2;日本:2;")]
    [InlineData("{{ site.tags.news.size }}|{{ site.tags['日本'][1].title }}|{{ site.tags | size }}", "2|Oldest|3")]
    [InlineData("{% for c in site.categories %}{{ c[0] }}:{{ c[1].size }};{% endfor %}", "Asia:1;World:2;")]
    [InlineData("{{ site.categories.World | map: 'title' | join: ',' }}", "Newest,Oldest")]
    public void TagsAndCategoriesGroupPostsByNameAndLoopAsJekyllPairs(string liquid, string expected)
    {
        Assert.Equal(expected, Render(liquid));
    }

    // Jekyll's site.related_posts without lsi: the ten newest posts other than the one rendering; none on a page.
    [Theory]
    [InlineData("_posts/2025-02-13-newest.md", "Middle;Oldest;")]
    [InlineData("_posts/2025-02-01-middle.md", "Newest;Oldest;")]
    [InlineData("about.md", "")]
    public void RelatedPostsAreTheNewestOtherPostsWhileAPostRenders(string page, string expected)
    {
        Assert.Equal(expected, Render("{% for post in site.related_posts %}{{ post.title }};{% endfor %}", page));
    }

    [Fact]
    public void RelatedPostsCountAsAReadOfThePostsSoAPageListingThemIsRenderedAgainWhenPostsChange()
    {
        _site.With("_layouts/probe.html", "{{ site.related_posts.size }}");
        var setup = TemplateSetup.Load(_site);
        var reads = new RenderDependencies();

        var result = setup.Renderer.RenderLayouts("", "probe", setup.Page("_posts/2025-02-13-newest.md"), null, "x", new RenderScope(reads, null));

        Assert.Equal("2", result.Output);
        Assert.Contains("posts", reads.SiteMembers);
    }

    [Fact]
    public void TwelvePostsShowTenRelated()
    {
        for (var day = 1; day <= 12; day++)
        {
            _site.With($"_posts/2024-01-{day:D2}-p{day}.md", $"---\ntitle: P{day}\n---\n");
        }

        Assert.Equal("10|P12", Render("{{ site.related_posts.size }}|{{ site.related_posts[2].title }}"));
    }

    [Fact]
    public void ScribanLoopsOverGroupsSeeKeyAndValue()
    {
        _site.With("_layouts/probe.sbn-html", "{{ for tag in site.tags }}{{ tag.key }}={{ tag.value.size }};{{ end }}");
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderLayouts("", "probe", setup.Page("about.md"), null, "about.md");

        Assert.Equal("Zeta=1;news=2;日本=2;", result.Output);
    }

    [Fact]
    public void TheSiteAndEverythingInsideItAreReadOnly()
    {
        var site = TemplateSetup.Load(_site).Site;

        Assert.True(site.IsReadOnly);
        Assert.True(((ScriptObject)site["author"]!).IsReadOnly);
        Assert.True(((ScriptArray)site["posts"]!).IsReadOnly);
        Assert.True(((ScriptObject)site["tags"]!).IsReadOnly);
        Assert.True(((IList)((ScriptObject)site["tags"]!)["news"]!).IsReadOnly);
        Assert.True(((IList)((ScriptObject)site["author"]!)["links"]!).IsReadOnly);
    }

    [Fact]
    public void NeighboursFollowJekyllPreviousIsOlderNextIsNewer()
    {
        _site.With("_layouts/post.html", "[{{ page.previous.title }}|{{ page.next.title }}]");

        _site.Build();

        Assert.Equal(
            ["[Middle|]", "[Oldest|Newest]", "[|Middle]"],
            [_site.Output("world/2025/02/13/newest.html"), _site.Output("2025/02/01/middle.html"), _site.Output("archive/oldest/index.html")]);
    }
}
