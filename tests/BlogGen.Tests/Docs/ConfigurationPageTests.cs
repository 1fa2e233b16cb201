namespace BlogGen.Tests.Docs;

/// <summary>
/// docs/configuration.md names every key BlogGen reads from _config.yml. The list mirrors the code: ConfigLoader,
/// and the generators, the SEO tags, comments and the default theme that read site values of their own.
/// Add a key here when the code starts reading it.
/// </summary>
public sealed class ConfigurationPageTests
{
    public static TheoryData<string> KeysTheCodeReads() =>
    [
        // ConfigLoader
        "title", "description", "lang", "url", "baseurl", "timezone", "permalink", "paginate", "paginate_path",
        "excerpt_separator", "markdown_ext", "exclude", "include", "keep_files", "defaults", "theme",
        "template_syntax", "sanitize", "collections", "collections_dir",
        // Generators, SEO, comments, related posts, taxonomies
        "author", "logo", "feed", "search", "archive", "taxonomy_pages", "not_found_page", "plugins", "gems", "comments", "related_posts_limit", "tag_dir", "category_dir", "twitter",
        "webmaster_verifications", "sass",
        // The default theme's theme.yml
        "nav", "show_excerpts", "archive_month_names",
    ];

    [Theory]
    [MemberData(nameof(KeysTheCodeReads))]
    public void EveryKeyIsInTheTableOfAllKeys(string key)
    {
        var table = GuidePages.Text("configuration.md").Split("## All keys", 2)[1].Split("\n## ", 2)[0];

        Assert.Contains($"| [`{key}`]", table, StringComparison.Ordinal);
    }
}
