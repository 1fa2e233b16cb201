using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Generators;
using BlogGen.Templating;

using static BlogGen.Tests.Generators.GeneratorTestDocuments;

namespace BlogGen.Tests.Generators;

public sealed class TaxonomyGroupingTests
{
    private static readonly TaxonomyUrls Urls = new("tags", "categories");

    /// <summary>Posts newest first as <c>file:tag,tag;file:tag</c>; terms as <c>name=url:file,file</c> in page order.</summary>
    [Theory]
    [InlineData("a:x", "x=/tags/x/:a")]
    [InlineData("b:x,y;a:x", "x=/tags/x/:b,a | y=/tags/y/:b")]
    [InlineData("b:Go;a:go", "Go=/tags/go/:b,a")]
    [InlineData("b:c;a:C#", "C#=/tags/c/:b,a")]
    [InlineData("a:Go,go", "Go=/tags/go/:a")]
    [InlineData("a:日本経済新聞,中文", "中文=/tags/中文/:a | 日本経済新聞=/tags/日本経済新聞/:a")]
    [InlineData("a:Static Sites,static-sites", "Static Sites=/tags/static-sites/:a")]
    [InlineData("a:zeta,Alpha,beta", "Alpha=/tags/alpha/:a | beta=/tags/beta/:a | zeta=/tags/zeta/:a")]
    [InlineData("a:!!!", "")]
    [InlineData("a:", "")]
    public void PostsAreGroupedBySlugNewestFirst(string posts, string expected)
    {
        var groups = TaxonomyGrouping.Group(Parse(posts), TaxonomyKind.Tags, Urls);

        Assert.Equal(expected, string.Join(" | ", groups.Terms.Select(t => $"{t.Name}={t.Url}:{string.Join(',', t.Posts.Select(p => p.Source.RelativePath))}")));
    }

    [Fact]
    public void NamesThatSlugAlikeAreMergedWithAWarningNamingBothAndTheirFiles()
    {
        var groups = TaxonomyGrouping.Group(Parse("_posts/b.md:C#;_posts/a.md:c"), TaxonomyKind.Tags, Urls);

        var term = Assert.Single(groups.Terms);
        Assert.Equal(["C#", "c"], term.Names);
        var warning = Assert.Single(groups.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.TaxonomyNamesMerged, "_posts/a.md"), (warning.Severity, warning.Code, warning.Path));
        Assert.Contains("'C#' (in _posts/b.md) and 'c' (in _posts/a.md)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("/tags/c/", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameWithoutSlugGetsAWarningAndNoPage()
    {
        var groups = TaxonomyGrouping.Group(Parse("_posts/b.md:???,ok;_posts/a.md:???"), TaxonomyKind.Tags, Urls);

        Assert.Equal(["ok"], groups.Terms.Select(t => t.Name));
        var warning = Assert.Single(groups.Diagnostics);
        Assert.Equal((DiagnosticCodes.TaxonomyNameWithoutSlug, "_posts/b.md"), (warning.Code, warning.Path));
        Assert.Contains("'???' (in _posts/b.md, _posts/a.md)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoriesUseTheirOwnNamesAndFolder()
    {
        var post = Post("a", "2025-01-01T00:00:00Z", tags: ["t"], categories: ["How To"]);

        var groups = TaxonomyGrouping.Group([post], TaxonomyKind.Categories, new TaxonomyUrls("tags", "topics"));

        Assert.Equal("/topics/how-to/", Assert.Single(groups.Terms).Url);
    }

    private static List<Document> Parse(string posts) =>
        [.. posts.Split(';').Select((spec, i) =>
        {
            var (file, names) = (spec[..spec.LastIndexOf(':')], spec[(spec.LastIndexOf(':') + 1)..]);
            return Post(file, $"2025-01-{30 - i:00}T00:00:00Z", tags: names.Length == 0 ? [] : names.Split(','));
        })];
}
