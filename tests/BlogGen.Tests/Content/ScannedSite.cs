using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Content;

/// <summary>Scans a temp site as a build does and tells, in words, what each file became.</summary>
internal static class ScannedSite
{
    public static SourceTree Scan(TempSite site, SiteConfig? config = null, string? destination = null) =>
        SourceScanner.Scan(config ?? site.LoadConfig(), destination ?? site.Destination);

    /// <summary>Reads one file of the site the way a build does: configuration, scan, then the reader for the kind it was sorted as.</summary>
    public static DocumentReadResult Read(TempSite site, string relativePath, ConfigOverrides? overrides = null)
    {
        var config = site.LoadConfig(overrides);
        var (file, kind) = Find(Scan(site, config), relativePath);
        return DocumentReader.Read(file, kind, config);
    }

    /// <summary>"post", "draft", "other" (page or static file), "layout", "include", or "none" for a file that is not content.</summary>
    public static string KindOf(SourceTree tree, string relativePath) =>
        Entries(tree).FirstOrDefault(e => e.File.RelativePath == relativePath).Kind ?? "none";

    /// <summary>Every file found, as "kind path", in the order of the tree's lists.</summary>
    public static IReadOnlyList<string> Describe(SourceTree tree) =>
        [.. Entries(tree).Select(e => $"{e.Kind} {e.File.RelativePath}")];

    /// <summary>The file as the scanner found it, and the document kind a build reads it as.</summary>
    public static (SourceFile File, DocumentKind Kind) Find(SourceTree tree, string relativePath)
    {
        var (file, kind) = Entries(tree).FirstOrDefault(e => e.File.RelativePath == relativePath);
        return kind switch
        {
            "post" => (file, DocumentKind.Post),
            "draft" => (file, DocumentKind.Draft),
            "other" => (file, DocumentKind.Page),
            _ => throw new InvalidOperationException($"{relativePath} is not a post, draft or page candidate but {kind ?? "not found"}"),
        };
    }

    private static IEnumerable<(SourceFile File, string Kind)> Entries(SourceTree tree) =>
        tree.Posts.Select(f => (f, "post"))
            .Concat(tree.Drafts.Select(f => (f, "draft")))
            .Concat(tree.Others.Select(f => (f, "other")))
            .Concat(tree.Layouts.Select(f => (f, "layout")))
            .Concat(tree.Includes.Select(f => (f, "include")));
}
