using System.Text.RegularExpressions;

using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Docs;

/// <summary>
/// The YAML examples of the user guide build. The convention every ```yaml block in docs/*.md follows:
/// <list type="bullet">
/// <item>a block that starts with <c>---</c> is front matter: it is the front matter of a post, which must build;</item>
/// <item>a block whose first line is a comment naming a file, <c># _config.yml</c> or <c># _data/authors.yml</c>,
/// is that file: it is written at that path of a site with one post, which must build without errors and without
/// BG0003 (an unknown or invalid value). A file the build does not read (<c># .github/workflows/pages.yml</c>) is
/// still written, so its example cannot make the site fail.</item>
/// </list>
/// A <c>_config.yml</c> example that names a theme of its own (<c>theme: NAME</c>) gets that theme's folder with a
/// bare <c>theme.yml</c>, as the page showing it tells the reader to create.
/// Any other ```yaml block fails the test, so no example escapes by accident: mark it.
/// A ```markdown block that starts with <c>---</c> is a whole post, front matter and body, and must build too.
/// </summary>
public sealed partial class DocsExamplesTests
{
    private const string PlainPost = "---\ntitle: \"Hello\"\ntags: [intro]\n---\nA post for the example.\n";

    public static TheoryData<string, int> ExampleBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in GuidePages.Names())
        {
            foreach (var block in GuidePages.Blocks(page).Where(b => b.Language == "yaml" || (b.Language == "markdown" && IsFrontMatter(b))))
            {
                data.Add(page, block.Line);
            }
        }
        return data;
    }

    [Fact]
    public void TheGuideHasConfigAndFrontMatterExamples()
    {
        var blocks = ExampleBlocks().Select(row => Block((string)row[0], (int)row[1])).ToList();

        Assert.Contains(blocks, b => FileNamed(b) == "_config.yml");
        Assert.Contains(blocks, IsFrontMatter);
    }

    [Theory]
    [MemberData(nameof(ExampleBlocks))]
    public void EveryExampleIsMarkedAndBuilds(string page, int line)
    {
        var block = Block(page, line);
        using var site = new TempSite();
        if (block.Language == "markdown")
        {
            site.With("_posts/2025-03-01-example.md", block.Text);
        }
        else if (IsFrontMatter(block))
        {
            var closed = block.Lines.Count > 1 && block.Lines[^1].Trim() == "---";
            site.With("_posts/2025-03-01-example.md", block.Text + (closed ? "" : "---\n") + "The body of the example post.\n");
        }
        else if (FileNamed(block) is { } file)
        {
            site.With("_posts/2025-03-01-hello.md", PlainPost).With(file, block.Text);
            if (file == "_config.yml" && ThemeLine().Match(block.Text) is { Success: true } theme && theme.Groups["name"].Value != "default")
            {
                site.With($"themes/{theme.Groups["name"].Value}/theme.yml", $"name: {theme.Groups["name"].Value}\n");
            }
        }
        else
        {
            Assert.Fail($"{block}: start the example with '---' (front matter) or a comment naming its file ('# _config.yml')");
        }

        var result = site.Build();

        Assert.Equal([], result.Diagnostics
            .Where(d => d.Severity == Severity.Error || d.Code == DiagnosticCodes.ConfigValueInvalid)
            .Select(d => $"{block}: {d}"));
        Assert.True(result.Posts >= 1, $"{block}: the example post was not built");
    }

    [Fact]
    public void TheGuideBuildsAsASiteWithoutErrorsOrWarnings()
    {
        using var site = new TempSite();
        foreach (var file in Directory.EnumerateFiles(GuidePages.Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(GuidePages.Folder, file).Replace('\\', '/');
            if (!relative.StartsWith("_site/", StringComparison.Ordinal) && !relative.StartsWith(".bloggen-cache/", StringComparison.Ordinal))
            {
                site.WithBytes(relative, File.ReadAllBytes(file));
            }
        }

        var result = site.Build();

        // The guide has no `url` of its own: it is published wherever the repository's site is.
        Assert.Equal([], result.Diagnostics.Where(d => d.Code != DiagnosticCodes.SiteUrlMissing).Select(d => d.ToString()));
        Assert.True(site.HasOutput("getting-started/index.html"));
    }

    private static FencedBlock Block(string page, int line) => GuidePages.Blocks(page).Single(b => b.Line == line);

    private static bool IsFrontMatter(FencedBlock block) => block.FirstLine == "---";

    private static string? FileNamed(FencedBlock block) =>
        FileComment().Match(block.FirstLine) is { Success: true } match ? match.Groups["path"].Value : null;

    [GeneratedRegex(@"^\s{0,3}theme:\s*(?<name>\S+)", RegexOptions.Multiline)]
    private static partial Regex ThemeLine();

    [GeneratedRegex(@"^#\s+(?<path>[\w.\-/]+\.(yml|yaml))$")]
    private static partial Regex FileComment();
}
