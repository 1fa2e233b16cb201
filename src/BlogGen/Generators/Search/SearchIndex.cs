using System.Globalization;
using System.Text.Json;

using BlogGen.Content;

namespace BlogGen.Generators.Search;

/// <summary>
/// The search index, split so that a query downloads only what it needs: <c>search/index.json</c> (how the shards are
/// laid out), <c>search/shards/xyz.json</c> (tokens and the posts that hold them) and <c>search/posts/N.json</c> (one
/// post's title, address, date, tags and text, fetched for the results shown). Posts are numbered oldest first, so
/// a new post adds a number and leaves the others' files alone. One instance serves one build session, remembering
/// each post's tokens and entry and each shard's bytes for the next build.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Characters of body text indexed and kept per post: enough to find a post by its opening.</summary>
    public const int TextLimit = 5000;

    public const string ManifestPath = SearchShards.Folder + "index.json";

    private readonly BodyMemo<string> _openings = new(text => PlainText.Truncate(text, TextLimit));

    // Each post's tokens, by the post as rendered: a post unchanged since the last build keeps its object, so a preview
    // rebuild reads again only the posts that changed. The stamp is the shard count the tokens are filed by.
    private readonly ObjectMemo<RenderedDocument, int, PostTokens> _tokens = new();

    // Each post's entry as JSON; the stamp is the base URL, which its address starts with.
    private readonly ObjectMemo<RenderedDocument, string, byte[]> _entries = new();

    private BuiltIndex? _last;

    public static string PostPath(int number) => string.Create(CultureInfo.InvariantCulture, $"{SearchShards.Folder}posts/{number}.json");

    public IReadOnlyList<GeneratedFile> Files(SiteSnapshot site)
    {
        var posts = site.Posts;
        var root = site.Urls.Relative("/");
        var count = SearchShards.CountFor(posts.Count);
        var byNumber = new PostTokens[posts.Count];
        var entries = new GeneratedFile[posts.Count];
        Parallel.For(0, posts.Count, i =>
        {
            var opening = _openings.For(posts[i].Text);
            var number = NumberOf(posts, i);
            byNumber[number] = _tokens.For(posts[i], count, post => PostTokens.Of(post.Document.Title, post.Document.Tags, opening, count));
            entries[i] = new GeneratedFile(PostPath(number),
                _entries.For(posts[i], root, post => JsonSerializer.SerializeToUtf8Bytes(EntryOf(site, post, opening), JsonOutput.TypeInfo<SearchPost>())));
        });

        var built = _last is { } last && last.Shards.Length == count
            ? last.After(byNumber)
            : BuiltIndex.Of(byNumber, count);
        _last = built;

        var files = new List<GeneratedFile>(1 + count + entries.Length)
        {
            new(ManifestPath, SearchIndexJson.Manifest([.. built.Shards.Select(shard => shard is not null)])),
        };
        files.AddRange(built.Shards.Select((bytes, shard) => bytes is null ? null : new GeneratedFile(SearchShards.PathOf(shard, count), bytes)).OfType<GeneratedFile>());
        files.AddRange(entries);
        return files;
    }

    /// <summary>Posts are numbered oldest first: the oldest is 0, a new post takes the next number.</summary>
    private static int NumberOf(IReadOnlyList<RenderedDocument> newestFirst, int index) => newestFirst.Count - 1 - index;

    private static SearchPost EntryOf(SiteSnapshot site, RenderedDocument post, string opening) => new(
        post.Document.Title,
        site.Urls.Relative(post.Document.Url),
        post.Document.Date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "",
        post.Document.Tags,
        opening);
}
