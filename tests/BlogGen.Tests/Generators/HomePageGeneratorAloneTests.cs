using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>The home pages made from a site model alone: how the posts are cut, where the pages go, what they replace.</summary>
public sealed class HomePageGeneratorAloneTests
{
    public static TheoryData<string[], int, bool, string[], int[], string[]> Rows => new()
    {
        // config, posts, own index.html, page URLs, posts per page, titles on the first page
        { ["paginate: 2"], 5, false, ["/", "/page2/", "/page3/"], [2, 2, 1], ["post-5", "post-4"] },
        { ["paginate: 2"], 4, true, ["/", "/page2/"], [2, 2], ["post-4", "post-3"] },
        { ["paginate: 3"], 3, false, ["/"], [3], ["post-3", "post-2", "post-1"] },
        { [], 0, false, ["/"], [0], [] },
        { ["paginate: 1", "paginate_path: /blog/page:num/"], 3, false, ["/", "/blog/page2/", "/blog/page3/"], [1, 1, 1], ["post-3"] },
        { ["paginate: 1", "baseurl: /sub"], 2, true, ["/", "/page2/"], [1, 1], ["post-2"] },
    };

    [Theory]
    // each post's `hidden` front matter (none: not written), the titles on the pages, two a page
    [InlineData(new[] { "", "hidden: true", "hidden: false", "" }, new[] { "post-4", "post-3", "post-1" })]
    [InlineData(new[] { "hidden: yes", "hidden: \"\"", "hidden: 0", "hidden:" }, new[] { "post-4" })]
    [InlineData(new[] { "hidden: true", "hidden: true" }, new string[0])]
    public void A_hidden_post_is_on_no_page_as_in_jekyll_paginate(string[] hidden, string[] titles)
    {
        var site = new SiteModelBuilder().Config("paginate: 2");
        for (var i = 0; i < hidden.Length; i++)
        {
            site.Post($"post-{i + 1}", $"2025-01-0{i + 1}", hidden[i]);
        }

        var result = new HomePageGenerator().Generate(site.Build());

        Assert.Equal(titles, result.Pages.SelectMany(p => p.Paginator!.Posts).Select(p => p.Title));
        Assert.Equal(Math.Max(1, (titles.Length + 1) / 2), result.Pages.Count);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void PostsAreCutIntoPages(string[] config, int posts, bool ownIndex, string[] urls, int[] postsPerPage, string[] firstPageTitles)
    {
        var site = new SiteModelBuilder().Posts(posts);
        foreach (var line in config)
        {
            site.Config(line);
        }
        if (ownIndex)
        {
            site.File("index.html", "layout: default\ntitle: Home", "<p>Welcome</p>");
        }

        var result = new HomePageGenerator().Generate(site.Build());

        Assert.Equal(urls, result.Pages.Select(p => p.Url));
        Assert.Equal(postsPerPage, result.Pages.Select(p => p.Paginator!.Posts.Count));
        Assert.Equal(firstPageTitles, result.Pages[0].Paginator!.Posts.Select(p => p.Title));
        Assert.Equal(ownIndex ? ["index.html"] : [], result.Replaces.Select(d => d.Source.RelativePath));
        Assert.Equal(ownIndex ? ["default"] : ["home"], result.Pages.Select(p => p.Layout).Distinct());
    }
}
