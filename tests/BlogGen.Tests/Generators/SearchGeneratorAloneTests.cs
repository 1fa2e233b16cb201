using System.Text.Json;

using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

/// <summary>The search index made from a site model alone: one entry per post with the fields the search page reads.</summary>
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

        var post = Assert.Single(Entries(result));
        var tags = string.Join(',', post.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(entry, string.Join('|', Text(post, "title"), Text(post, "url"), Text(post, "date"), tags, Text(post, "text")));
    }

    [Theory]
    [InlineData(4999, 4999)]
    [InlineData(5000, 5000)]
    [InlineData(5001, 5000)]
    [InlineData(12000, 5000)]
    public void TextIsCutAtTheLimit(int bodyLength, int textLength)
    {
        var snapshot = new SiteModelBuilder().Post("post", "2025-01-01", body: new string('x', bodyLength)).Build();

        var post = Assert.Single(Entries(new SearchGenerator().Generate(snapshot)));

        Assert.Equal(textLength, Text(post, "text").Length);
    }

    [Theory]
    [InlineData("search: false", 0, 0)]
    [InlineData("search: true", 1, 1)]
    public void SearchCanBeTurnedOff(string config, int files, int pages)
    {
        var result = new SearchGenerator().Generate(new SiteModelBuilder().Config(config).Posts(1).Build());

        Assert.Equal((files, pages), (result.Files.Count, result.Pages.Count));
    }

    private static List<JsonElement> Entries(GeneratorResult result)
    {
        var file = Assert.Single(result.Files);
        Assert.Equal(SearchGenerator.IndexPath, file.RelativePath);
        return [.. JsonDocument.Parse(file.Bytes).RootElement.GetProperty("posts").EnumerateArray()];
    }

    private static string Text(JsonElement entry, string name) => entry.GetProperty(name).GetString()!;
}
