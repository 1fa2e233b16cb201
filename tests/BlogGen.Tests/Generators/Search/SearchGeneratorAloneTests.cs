using System.Text.Json;

using BlogGen.Generators;
using BlogGen.Generators.Search;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators.Search;

/// <summary>The search generator on a site model alone: each post's file as the configuration shapes it, and <c>search: false</c>.</summary>
public sealed class SearchGeneratorAloneTests
{
    public static TheoryData<string[], string, string, string> Rows => new()
    {
        // config, front matter lines of the one post (titled from its file name unless it says), its Markdown body, the entry as "title|url|date|tags|text"
        { [], "tags: [a, b]", "Hello *world*.", "Post|/2025/01/01/post.html|2025-01-01T00:00:00+00:00|a,b|Hello world." },
        { ["baseurl: /blog"], "title: 日本語", "本文", "日本語|/blog/2025/01/01/post.html|2025-01-01T00:00:00+00:00||本文" },
        { ["timezone: Asia/Shanghai"], "date: 2025-02-12T23:55:52.000Z", "Text", "Post|/2025/02/13/post.html|2025-02-13T07:55:52+08:00||Text" },
        { ["permalink: /:title/"], "slug: 経済", "# Heading\n\nBody", "Post|/%E7%B5%8C%E6%B8%88/|2025-01-01T00:00:00+00:00||Heading Body" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachPostHasAnEntry(string[] config, string frontMatter, string body, string entry)
    {
        var site = new SiteModelBuilder().File("_posts/2025-01-01-post.md", frontMatter, body);
        foreach (var line in config)
        {
            site.Config(line);
        }

        var result = new SearchGenerator().Generate(site.Build());

        var post = new SearchIndexFiles(result).Post(0);
        var tags = string.Join(',', post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(entry, string.Join('|', Text(post, "title"), Text(post, "url"), Text(post, "date"), tags, Text(post, "text")));
    }

    [Theory]
    [InlineData("search: false", false, 0)]
    [InlineData("search: true", true, 1)]
    public void SearchCanBeTurnedOff(string config, bool hasIndex, int pages)
    {
        var result = new SearchGenerator().Generate(new SiteModelBuilder().Config(config).Posts(1).Build());

        Assert.Equal(hasIndex, result.Files.Any(file => file.RelativePath == SearchIndex.ManifestPath));
        Assert.Equal(hasIndex, result.Files.Count > 0);
        Assert.All(result.Files, file => Assert.StartsWith("search/", file.RelativePath, StringComparison.Ordinal));
        Assert.Equal(pages, result.Pages.Count);
    }

    private static string Text(JsonElement entry, string name) => entry.GetProperty(name).GetString()!;
}
