using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Generators.Seo;
using BlogGen.Templating;
using BlogGen.Tests.Generators;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

/// <summary>
/// The template objects a session keeps: made from typed records, kept while the records' content is the same
/// (whichever objects hold it), made again when it changes.
/// </summary>
public sealed class TemplateObjectsTests
{
    private static readonly SiteConfig Config = ConfigLoader.Parse("/site", "title: Test", new ConfigOverrides()).Config;

    private static readonly PageFacts EveryFact = new()
    {
        Seo = new SeoHead("t", "d", "https://x/", "", "article", "en", "", "", "summary", "{}"),
        TableOfContents = "<ul></ul>",
        WordCount = 10,
        ReadingMinutes = 1,
        Related = [],
        CommentsEmbed = "<script></script>",
    };

    [Fact]
    public void WhatABuildAddsAfterReadingADocumentIsExactlyWhatLiquidInBodiesDoesNotSee()
    {
        var post = Post("a");
        var objects = new TemplateObjects();
        Begin(objects, post);
        var asRead = objects.PageOf(post).Keys.ToHashSet(StringComparer.Ordinal);

        objects.Complete([Rendered(post, "<p>a</p>")], [EveryFact]);

        // content and excerpt exist from the start (empty), so they count among what is added later too.
        var added = objects.PageOf(post).Keys.Where(key => !asRead.Contains(key)).Concat(["content", "excerpt"]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(TemplateObjects.MembersAddedLater.Order(StringComparer.Ordinal), added.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, Func<Document, Document>, bool> Rereads => new()
    {
        { "the same read", post => post, false },
        { "another read of the same content", Copy, false },
        { "an edited title", post => Copy(post) with { Title = "edited" }, true },
        { "an edited body", post => Copy(post) with { Body = "edited" }, true },
    };

    [Theory]
    [MemberData(nameof(Rereads))]
    public void APageIsKeptWhileItsDocumentHashesTheSame(string change, Func<Document, Document> reread, bool changed)
    {
        var objects = new TemplateObjects();
        var post = Post("a");
        Begin(objects, post);
        objects.Complete([Rendered(post, post.Body)], [PageFacts.None]);
        var page = objects.PageOf(post);
        var hash = objects.PageHash("a");

        var again = reread(post);
        Begin(objects, again);
        objects.Complete([Rendered(again, again.Body)], [PageFacts.None]);

        Assert.Same(page, objects.PageOf(again));
        Assert.Equal(changed, objects.ChangedPages!.Contains("a"));
        Assert.Equal(changed, objects.PageHash("a") != hash);
        Assert.Equal(change == "an edited title" ? "edited" : "a", (string)page["title"]!);
    }

    [Fact]
    public void ABuildGivenTheSameRecordsLeavesThePageUntouched()
    {
        var objects = new TemplateObjects();
        var post = Post("a");
        var rendered = Rendered(post, "<p>a</p>");
        Begin(objects, post);
        objects.Complete([rendered], [EveryFact]);
        var hash = objects.PageHash("a");

        Begin(objects, post);
        objects.Complete([rendered], [EveryFact]);

        Assert.Empty(objects.ChangedPages!);
        Assert.Equal(hash, objects.PageHash("a"));
        Assert.True(objects.PageOf(post).IsReadOnly);
    }

    [Fact]
    public void AGeneratedPageGivenAgainKeepsItsObjectsAndACopyOfADocumentFollowsIt()
    {
        var objects = new TemplateObjects();
        var index = Post("index");
        Begin(objects, index);
        objects.Complete([Rendered(index, "<p>one</p>")], [PageFacts.None]);
        var list = new GeneratedPage("/page2/", "home", "index") { Document = index, Paginator = new Paginator(2, 2, 1, 2, [index], "/page2/", "/", null) };
        var (page, paginator) = objects.ObjectsOf(list);

        Assert.Same(page, objects.ObjectsOf(list).Page);
        Assert.Equal(("/page2/", "<p>one</p>"), ((string)page["url"]!, (string)page["content"]!));
        Assert.Same(objects.PageOf(index), ((ScriptArray)paginator!["posts"]!)[0]);

        var edited = Copy(index) with { Body = "two" };
        Begin(objects, edited);
        objects.Complete([Rendered(edited, "<p>two</p>")], [PageFacts.None]);

        Assert.Equal("<p>two</p>", (string)objects.ObjectsOf(list).Page["content"]!);
    }

    [Fact]
    public void AValueNoTemplateCanShowIsAClearError()
    {
        var objects = new TemplateObjects();
        Begin(objects);
        var page = new GeneratedPage("/x/", "page", "(test)") { Members = [KeyValuePair.Create<string, object?>("when", TimeSpan.Zero)] };

        var error = Assert.Throws<ArgumentException>(() => objects.ObjectsOf(page));
        Assert.Contains("a generator gave a TimeSpan, which templates cannot show", error.Message, StringComparison.Ordinal);
    }

    private static Document Post(string file) => GeneratorTestDocuments.Post(file, "2025-01-01");

    /// <summary>The same content in another object, as a second read of an unchanged file gives.</summary>
    private static Document Copy(Document post) => post with { };

    private static RenderedDocument Rendered(Document document, string html) => new(document, html, html, "", "", []);

    private static void Begin(TemplateObjects objects, params Document[] posts)
    {
        var urls = TaxonomyUrls.FromConfig(Config.Values);
        objects.BeginSite(Config, posts, posts.Length, SiteTaxonomy.Of(posts, TaxonomyKind.Tags, urls), SiteTaxonomy.Of(posts, TaxonomyKind.Categories, urls),
            new Dictionary<string, object?>(StringComparer.Ordinal), settings: 1);
    }
}
