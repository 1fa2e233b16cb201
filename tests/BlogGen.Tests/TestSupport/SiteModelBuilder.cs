using System.Collections.Frozen;

using BlogGen.Building;
using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Markdown;
using BlogGen.Sanitizing;
using BlogGen.Templating;

namespace BlogGen.Tests.TestSupport;

/// <summary>
/// A small site made in memory, as a first build makes its model: the configuration and documents are read from
/// text by the real readers, bodies converted by the real converter (without Liquid), and the snapshot made and
/// enriched by <see cref="SiteModel"/>, the code the builder runs. Nothing touches the disk. Paths are relative to
/// the site, '/' separators; a file under <c>_posts/</c> is a post, any other a page.
/// </summary>
internal sealed class SiteModelBuilder
{
    public const string ToolVersion = "9.9.9";

    private const string Root = "/in-memory-site";

    private readonly List<string> _configLines = [];
    private readonly List<(string Path, string Text)> _files = [];
    private bool _jekyllSite;

    /// <summary>The site brings its own layouts (a Jekyll site): the generators make what its configuration asks for (see <see cref="SiteFeatures"/>).</summary>
    public SiteModelBuilder JekyllSite()
    {
        _jekyllSite = true;
        return this;
    }

    /// <summary>One line of <c>_config.yml</c>, such as <c>paginate: 2</c>.</summary>
    public SiteModelBuilder Config(string yamlLine)
    {
        _configLines.Add(yamlLine);
        return this;
    }

    /// <summary>A document: <paramref name="frontMatter"/> lines between the fences, then <paramref name="body"/>.</summary>
    public SiteModelBuilder File(string path, string frontMatter, string body = "")
    {
        _files.Add((path, $"---\n{frontMatter}\n---\n{body}"));
        return this;
    }

    /// <summary>A post at <c>_posts/<paramref name="name"/>.md</c> with a title, a date and any more front matter lines.</summary>
    public SiteModelBuilder Post(string name, string date, string frontMatter = "", string body = "") =>
        File($"_posts/{name}.md", $"title: {name}\ndate: {date}\n{frontMatter}", body);

    /// <summary><paramref name="count"/> posts, one a day from 2025-01-01, named <c>post-1</c> (the oldest) on.</summary>
    public SiteModelBuilder Posts(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Post($"post-{i}", new DateOnly(2025, 1, 1).AddDays(i - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        return this;
    }

    public SiteSnapshot Build()
    {
        var configResult = ConfigLoader.Parse(Root, string.Join('\n', _configLines), new ConfigOverrides { BuildTime = TempSite.DefaultBuildTime });
        AssertNoErrors(configResult.Diagnostics);
        var config = configResult.Config;
        var documents = _files.Select(f => Read(f.Path, f.Text, config)).ToList();
        var posts = documents.Where(d => d.Kind == DocumentKind.Post).ToList();
        posts.Sort(ContentLoader.NewestFirst);
        var content = new LoadedContent(posts, [.. documents.Where(d => d.Kind == DocumentKind.Page)], [], FirstPostHeldBack: null);

        var generators = new SiteGenerators();
        var model = SiteModel.Begin(config, content, FrozenDictionary<string, object?>.Empty, TaxonomyUrls.FromConfig(config.Values),
            new SessionDocuments(), new TemplateObjects(), generators.TaxonomyInputs, settings: default);
        var urls = new SiteUrls(config.Url, config.BaseUrl);
        var sanitizer = new HtmlFragmentSanitizer(SanitizePolicy.Default);
        var converter = new BodyConverter(new MarkdownRenderer(sanitizer.IsSafeUrl, sanitizer.IsSafeImageUrl), sanitizer,
            new DocumentUrls(model.Documents), urls);
        var snapshot = model.Snapshot([.. model.Documents.Select(d => converter.Convert(d, d.Body))], urls, ToolVersion, SiteFeatures.Of(config, _jekyllSite, []));
        model.Enrich(snapshot, generators.Enrichers);
        return snapshot;
    }

    private static Document Read(string path, string text, SiteConfig config)
    {
        var kind = path.StartsWith("_posts/", StringComparison.Ordinal) ? DocumentKind.Post : DocumentKind.Page;
        var result = DocumentReader.Read(new SourceFile($"{Root}/{path}", path), text, kind, config);
        AssertNoErrors(result.Diagnostics);
        return result.Document ?? throw new InvalidOperationException($"{path} is not a document of the site (left out: {result.LeftOut})");
    }

    /// <summary>A row whose input is broken tests nothing: it fails here, naming what is wrong.</summary>
    private static void AssertNoErrors(IReadOnlyList<BlogGen.Diagnostics.Diagnostic> diagnostics) =>
        Assert.DoesNotContain(diagnostics, d => d.Severity == BlogGen.Diagnostics.Severity.Error);
}
