using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// Every vector of tests/fixtures/xss/vectors.txt, built by the real SiteBuilder in an .html post and a
/// mirrored .txt post (raw HTML) or a .md post (Markdown syntax): nothing that can run or escape the
/// article is left between its markers, and the markers around it are still there.
/// </summary>
[Collection(BuiltXssSiteCollection.Name)]
public sealed class XssCorpusBuildTests(BuiltXssSite site)
{
    /// <summary>One case per vector and post it is tried in.</summary>
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var post in BuiltXssSite.Posts)
        {
            foreach (var vector in post.Vectors)
            {
                cases.Add(post.Name, vector.Id);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_is_neutralised_and_its_markers_stay(string postName, string id)
    {
        var post = BuiltXssSite.Posts.Single(p => p.Name == postName);
        var vector = post.Vectors.Single(v => v.Id == id);
        var article = site.Page(post.OutputPath).QuerySelector("[itemprop=articleBody]")!;

        var between = XssChecks.ElementsBetweenMarkers(article, vector);

        Assert.True(between is not null, $"{vector} in {postName}: a marker around the vector is gone:\n{article.InnerHtml}");
        var problems = XssChecks.Problems(between);
        Assert.True(problems.Count == 0, $"{vector} in {postName}:\n  {string.Join("\n  ", problems)}");
    }

    [Fact]
    public void The_corpus_is_broad()
    {
        var vectors = XssCorpus.Vectors;

        Assert.True(vectors.Count >= 150, $"only {vectors.Count} vectors");
        Assert.Equal(
            ["base-meta", "css", "event", "form", "frame", "layout", "markdown", "mathml", "mutation", "script", "svg", "url"],
            vectors.Select(v => v.Class).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(vectors.Count(v => v.IsMarkdown) + 2 * vectors.Count(v => !v.IsMarkdown), Cases().Count);
    }

    [Fact]
    public void The_site_builds_and_every_post_is_written()
    {
        var errors = site.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(0, site.Result.ExitCode);
        Assert.All(BuiltXssSite.Posts, post => Assert.True(site.Site.HasOutput(post.OutputPath), post.OutputPath));
    }

    [Fact]
    public void No_built_page_holds_anything_that_can_run()
    {
        var problems = new List<string>();
        // The theme's search page is left out: its script and form are the theme's own, and no post body reaches it.
        foreach (var path in site.Site.OutputFiles().Where(path => path.EndsWith(".html", StringComparison.Ordinal) && !path.StartsWith("search/", StringComparison.Ordinal)))
        {
            var html = site.Site.Output(path);
            var page = Html.Parse(html);
            problems.AddRange(Html.ExecutableScripts(html).Select(script => $"{path}: {script.OuterHtml}"));
            problems.AddRange(page.Head!.QuerySelectorAll("meta[http-equiv], base").Select(element => $"{path}: {element.OuterHtml}"));
            problems.AddRange(XssChecks.Problems(page.Body!.QuerySelectorAll("*")).Select(problem => $"{path}: {problem}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
