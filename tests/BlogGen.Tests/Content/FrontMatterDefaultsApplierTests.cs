using BlogGen.Configuration;
using BlogGen.Content;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Content;

public sealed class FrontMatterDefaultsApplierTests
{
    private static Dictionary<string, object?> Values(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static string Apply(IReadOnlyList<FrontMatterDefault> defaults, string path, DocumentKind kind, Dictionary<string, object?>? frontMatter = null) =>
        Describe(new Dictionary<string, object?>(FrontMatterDefaultsApplier.Apply(defaults, path, kind, frontMatter ?? Values()), StringComparer.Ordinal)
            .OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal));

    [Theory]
    [InlineData("", "about.md", true)]
    [InlineData("_posts", "_posts/2025-01-01-a.md", true)]
    [InlineData("_posts", "_posts/2025/2025-01-01-a.md", true)]
    [InlineData("_posts", "_posts-old/a.md", false)]
    [InlineData("docs", "docs/guide.md", true)]
    [InlineData("docs", "other/docs/guide.md", false)]
    [InlineData("docs/guide.md", "docs/guide.md", true)]
    [InlineData("docs/guide.md", "docs/guide.md.bak", false)]
    [InlineData("docs/*", "docs/guide.md", true)]
    [InlineData("docs/*", "docs/sub/guide.md", true)]
    [InlineData("docs/*.md", "docs/guide.md", true)]
    [InlineData("docs/*.md", "docs/guide.html", false)]
    [InlineData("*.md", "about.md", true)]
    [InlineData("*.md", "docs/about.md", false)]
    [InlineData("section/*/special.html", "section/a/special.html", true)]
    [InlineData("section/*/special.html", "section/a/b/special.html", false)]
    [InlineData("**/drafts", "a/b/drafts/x.md", true)]
    public void ThePathScopeNamesAFileOrAFolder(string scope, string path, bool applies)
    {
        var result = Apply([new FrontMatterDefault(scope, null, Values(("layout", "x")))], path, DocumentKind.Page);

        Assert.Equal(applies ? "{layout: string:x}" : "{}", result);
    }

    [Theory]
    [InlineData(null, DocumentKind.Post, true)]
    [InlineData(null, DocumentKind.Page, true)]
    [InlineData("posts", DocumentKind.Post, true)]
    [InlineData("posts", DocumentKind.Draft, true)]
    [InlineData("posts", DocumentKind.Page, false)]
    [InlineData("drafts", DocumentKind.Draft, true)]
    [InlineData("drafts", DocumentKind.Post, false)]
    [InlineData("pages", DocumentKind.Page, true)]
    [InlineData("pages", DocumentKind.Post, false)]
    public void TheTypeScopeNamesAKindOfDocument(string? type, DocumentKind kind, bool applies)
    {
        var result = Apply([new FrontMatterDefault("", type, Values(("layout", "x")))], "x.md", kind);

        Assert.Equal(applies ? "{layout: string:x}" : "{}", result);
    }

    public static TheoryData<FrontMatterDefault[], string> Specificity => new()
    {
        // A longer path wins, whatever the order.
        { [new("_posts/news", null, Values(("layout", "news"))), new("_posts", null, Values(("layout", "post")))], "{layout: string:news}" },
        { [new("_posts", null, Values(("layout", "post"))), new("_posts/news", null, Values(("layout", "news")))], "{layout: string:news}" },
        // On the same path, a scope with a type wins over one without, whatever the order.
        { [new("", "posts", Values(("layout", "post"))), new("", null, Values(("layout", "default")))], "{layout: string:post}" },
        { [new("", null, Values(("layout", "default"))), new("", "posts", Values(("layout", "post")))], "{layout: string:post}" },
        // A longer path still beats a type.
        { [new("_posts/news", null, Values(("layout", "news"))), new("_posts", "posts", Values(("layout", "post")))], "{layout: string:news}" },
        // Otherwise the later entry wins; keys that only one scope sets are all kept.
        { [new("", null, Values(("layout", "a"), ("author", "Ann"))), new("", null, Values(("layout", "b")))], "{author: string:Ann, layout: string:b}" },
    };

    [Theory]
    [MemberData(nameof(Specificity))]
    public void TheMostSpecificScopeWins(FrontMatterDefault[] defaults, string expected)
    {
        Assert.Equal(expected, Apply(defaults, "_posts/news/2025-01-01-a.md", DocumentKind.Post));
    }

    [Fact]
    public void TheFilesOwnFrontMatterWinsAndMapsAreMergedKeyByKey()
    {
        FrontMatterDefault[] defaults =
        [
            new("", null, Values(("author", Values(("name", "Desk"), ("url", "https://example.org"))), ("layout", "post"), ("tags", new List<object?> { "a" }))),
        ];
        var frontMatter = Values(("author", Values(("name", "Ann"))), ("tags", new List<object?> { "b" }), ("layout", null));

        Assert.Equal(
            "{author: {name: string:Ann, url: string:https://example.org}, layout: null, tags: [string:b]}",
            Apply(defaults, "_posts/a.md", DocumentKind.Post, frontMatter));
    }

    [Fact]
    public void WithoutDefaultsTheFrontMatterIsReturnedAsItIs()
    {
        var frontMatter = Values(("title", "x"));

        Assert.Same(frontMatter, FrontMatterDefaultsApplier.Apply([], "a.md", DocumentKind.Page, frontMatter));
    }

    [Fact]
    public void NeitherTheDefaultsNorTheFrontMatterAreChanged()
    {
        var values = Values(("author", Values(("name", "Desk"))));
        var frontMatter = Values(("author", Values(("url", "u"))));

        Apply([new FrontMatterDefault("", null, values)], "a.md", DocumentKind.Page, frontMatter);

        Assert.Equal("{author: {name: string:Desk}}", Describe(values));
        Assert.Equal("{author: {url: string:u}}", Describe(frontMatter));
    }
}
