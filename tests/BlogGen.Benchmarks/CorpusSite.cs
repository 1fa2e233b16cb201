using BlogGen.Configuration;
using BlogGen.Content;

namespace BlogGen.Benchmarks;

/// <summary>The 60-post fixture site read as a build reads it: its configuration and its posts, newest first.</summary>
internal sealed class CorpusSite
{
    private CorpusSite(SiteConfig config, SourceTree tree, IReadOnlyList<Document> posts)
    {
        Config = config;
        Tree = tree;
        Posts = posts;
    }

    public SiteConfig Config { get; }

    public SourceTree Tree { get; }

    public IReadOnlyList<Document> Posts { get; }

    public static CorpusSite Load()
    {
        var config = ConfigLoader.Load(RepositoryFiles.CorpusSite, new ConfigOverrides { BuildTime = DateTimeOffset.UnixEpoch.AddYears(60) }).Config;
        var tree = SourceScanner.Scan(config, Path.Combine(Path.GetTempPath(), "bloggen-benchmarks-unused-destination"));
        var posts = tree.Posts.Select(file => DocumentReader.Read(file, DocumentKind.Post, config).Document).OfType<Document>()
            .OrderByDescending(post => post.Date).ToList();
        return new CorpusSite(config, tree, posts);
    }

    public Document Post(string relativePath) =>
        Posts.Single(post => post.Source.RelativePath == relativePath);

    /// <summary>The seed post, read with this site's configuration as if it were one of its posts.</summary>
    public Document SeedPost() =>
        DocumentReader.Read(SeedPostFile, DocumentKind.Post, Config).Document
            ?? throw new InvalidOperationException("the seed post did not read as a post");

    public static SourceFile SeedPostFile { get; } = new(RepositoryFiles.SeedPost, "_posts/" + Path.GetFileName(RepositoryFiles.SeedPost));
}
