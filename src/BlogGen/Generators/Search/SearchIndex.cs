using System.Globalization;
using System.Text.Json;

using BlogGen.Content;
using BlogGen.Hashing;

namespace BlogGen.Generators.Search;

/// <summary>
/// The search index, split so that a query downloads only what it needs: <c>search/index.json</c> (how the shards are
/// laid out), <c>search/shards/xyz.json</c> (tokens and the posts that hold them) and <c>search/posts/N.json</c> (one
/// post's title, address, date, tags and text, fetched for the results shown). Posts are numbered oldest first, so
/// a new post adds a number and leaves the others' files alone. One instance serves one build session, remembering
/// the last index it made (each post's tokens and each shard's bytes) for the next build; <c>bloggen build</c> starts
/// from the one the build cache kept, so an edit remakes only the shards it touches in a new process too.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Characters of body text indexed and kept per post: enough to find a post by its opening.</summary>
    public const int TextLimit = 5000;

    public const string ManifestPath = SearchShards.Folder + "index.json";

    private BodyMemo<string> _openings = NewOpenings();

    // Each post's entry as JSON; the stamp is the base URL, which its address starts with.
    private ObjectMemo<RenderedDocument, string, byte[]> _entries = new();

    private BuiltIndex? _last;
    private Func<BuiltIndex?>? _saved;

    public SearchIndex()
    {
    }

    /// <param name="saved">Reads the index the build cache kept, when the first build of the session needs it.</param>
    internal SearchIndex(Func<BuiltIndex?> saved) => _saved = saved;

    /// <summary>The index the last build of the session made, or the one the build cache kept; null before either.</summary>
    internal BuiltIndex? Last => _last;

    /// <summary>Shards the last build took as the index before it made them, because no post in them changed.</summary>
    public int ShardsReused { get; private set; }

    /// <summary>The index as the build cache holds it, so that an unchanged index is not written again.</summary>
    internal BuiltIndex? Saved { get; set; }

    /// <summary>
    /// Lets go of the last index and what was remembered of each post, for a session that builds once (<c>bloggen
    /// build</c>) once it has tried to write the index to the build cache (a failed write costs the next build time only): its tokens are the biggest part of it (64 MB at 10,000 posts),
    /// and the long posts' openings another 8 MB, which nothing else reads. A later build of the session would make
    /// every shard again.
    /// </summary>
    /// <remarks>Called while the build lays out its pages, after this index's files were made; never during <see cref="Files"/>.</remarks>
    internal void Forget()
    {
        _last = null;
        Saved = null;
        _openings = NewOpenings();
        _entries = new();
    }

    private static BodyMemo<string> NewOpenings() => new(text => PlainText.Truncate(text, TextLimit));

    public static string PostPath(int number) => string.Create(CultureInfo.InvariantCulture, $"{SearchShards.Folder}posts/{number}.json");

    public IReadOnlyList<GeneratedFile> Files(SiteSnapshot site)
    {
        var posts = site.Posts;
        var root = site.Urls.Relative("/");
        var count = SearchShards.CountFor(posts.Count);
        var byNumber = new PostTokens[posts.Count];
        var keys = new UInt128[posts.Count];
        var entries = new GeneratedFile[posts.Count];
        if (_last is null && Interlocked.Exchange(ref _saved, null) is { } read)
        {
            _last = Saved = read();
        }
        var last = _last is { } kept && kept.Shards.Length == count ? kept : null;
        // The last index's table whatever its shard count: token numbers do not depend on it.
        var table = _last?.Table ?? new TokenTable();
        var shards = new TokenShards(table, count);
        Parallel.For(0, posts.Count, () => new TokenCollector(table, shards), (i, _, collector) =>
        {
            var post = posts[i];
            var opening = _openings.For(post.Text);
            var number = NumberOf(posts, i);
            // A post whose title, tags and opening are those of a post in the last index keeps that post's token
            // object (so the last index sees it unchanged), whether or not the document is the same object.
            var key = new ContentHash().Add(post.Document.Title).AddValue(post.Document.Tags).Add(opening).Add(count).Value;
            keys[number] = key;
            byNumber[number] = last?.Known(key) ?? collector.Of(post.Document.Title, post.Document.Tags, opening);
            entries[i] = new GeneratedFile(PostPath(number),
                _entries.For(post, root, post => JsonSerializer.SerializeToUtf8Bytes(EntryOf(site, post, opening), JsonOutput.TypeInfo<SearchPost>())));
            return collector;
        }, _ => { });

        var built = last is not null ? last.After(byNumber, keys) : BuiltIndex.Of(table, byNumber, keys, count);
        _last = built;
        ShardsReused = last is null ? 0 : built.Shards.Where((bytes, shard) => bytes is not null && ReferenceEquals(bytes, last.Shards[shard])).Count();

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
