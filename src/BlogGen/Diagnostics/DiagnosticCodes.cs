namespace BlogGen.Diagnostics;

/// <summary>
/// Every code BlogGen reports. The numbers are stable: users search for them and docs/diagnostics.md lists them.
/// BG0xxx configuration, BG1xxx content, BG2xxx Markdown and sanitizing, BG3xxx templates, BG4xxx output, BG5xxx generated pages.
/// </summary>
public static class DiagnosticCodes
{
    public const string ConfigUnreadable = "BG0001";
    public const string ConfigInvalid = "BG0002";
    public const string ConfigValueInvalid = "BG0003";
    public const string PluginNotBuiltIn = "BG0004";
    public const string MarkdownProcessorUnsupported = "BG0005";
    public const string KramdownOptionNotRead = "BG0006";

    public const string FrontMatterNotClosed = "BG1001";
    public const string FrontMatterYamlError = "BG1002";
    public const string FrontMatterNotMap = "BG1003";
    public const string FrontMatterDuplicateKey = "BG1004";
    public const string DateInvalid = "BG1005";
    public const string PostWithoutDate = "BG1006";
    public const string NotUtf8 = "BG1007";
    public const string FileUnreadable = "BG1008";
    public const string DataFileInvalid = "BG1009";
    public const string SymlinkSkipped = "BG1010";
    public const string NotAPost = "BG1011";
    public const string ContentNestedTooDeep = "BG1020";
    public const string ContentFailed = "BG1021";
    public const string PermalinkOutsideDestination = "BG1101";
    public const string UrlCollision = "BG1102";
    public const string PermalinkInvalid = "BG1103";

    public const string SanitizerRemoved = "BG2001";
    public const string UnsafeLinkRemoved = "BG2002";
    public const string MarkdownSyntaxNotRead = "BG2003";
    public const string PageNotSanitized = "BG2004";
    public const string SassNotInstalled = "BG2010";
    public const string SassFailed = "BG2011";

    public const string LayoutNotFound = "BG3001";
    public const string LayoutCycle = "BG3002";
    public const string TemplateSyntaxError = "BG3003";
    public const string TemplateRenderError = "BG3004";
    public const string ContentLiquidRenderedLiterally = "BG3005";
    public const string LiquidTagUnknown = "BG3006";
    public const string HighlightOptionUnused = "BG3007";
    public const string LiquidArgumentIgnored = "BG3008";
    public const string ExcerptReadsItself = "BG3009";
    public const string IncludeRelativeNotFound = "BG3010";
    public const string LiquidFilterUnknown = "BG3011";

    public const string OutputWriteFailed = "BG4001";
    public const string DestinationContainsSource = "BG4002";
    public const string OtherBuildRunning = "BG4003";
    public const string OutputPathTooLong = "BG4004";
    public const string OutputPartlyWritten = "BG4010";

    // Taxonomies: tag and category pages, the archive.
    public const string TaxonomyNamesMerged = "BG5001";
    public const string TaxonomyNameWithoutSlug = "BG5002";
    public const string TaxonomyDirectoryInvalid = "BG5003";

    // Feeds, sitemap, redirects and SEO tags.
    public const string SiteUrlMissing = "BG5020";
    public const string RedirectFromInvalid = "BG5021";
    public const string RedirectToInvalid = "BG5022";

    // Post features: comments and related posts (BG5040-BG5059)
    public const string CommentsProviderUnknown = "BG5040";
    public const string CommentsSettingMissing = "BG5041";
    public const string CommentsSettingUnknown = "BG5042";
    public const string RelatedPostsLimitInvalid = "BG5043";

    // bloggen check: links in a built site.
    public const string LinkTargetMissing = "BG6001";
    public const string FragmentMissing = "BG6002";
    public const string LinkOutsideBaseUrl = "BG6003";
    public const string LinkInvalid = "BG6004";
    public const string SiteNotBuilt = "BG6005";

    // bloggen new: scaffolding sites and posts.
    public const string FolderNotEmpty = "BG6010";
    public const string FileExists = "BG6011";
    public const string SlugEmpty = "BG6012";
    public const string WriteFailed = "BG6013";

    // The tool manifest (.config/dotnet-tools.json) that pins BlogGen in a site.
    public const string ToolManifestWithoutBlogGen = "BG6020";
    public const string ToolManifestUnreadable = "BG6021";
    public const string ToolVersionDiffers = "BG6022";
    public const string CacheNotIgnoredByGit = "BG6023";
}
