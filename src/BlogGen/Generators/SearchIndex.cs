using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// The JSON document the search page loads: <c>{"posts": [...]}</c>, newest post first. One instance serves one build
/// session, remembering each post's entry and the last index for the next build.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Characters of body text kept per post: enough to find a post by its opening, small enough that the index of a big blog loads quickly.</summary>
    public const int TextLimit = 5000;

    private readonly BodyMemo<string> _openings = new(text => PlainText.Truncate(text, TextLimit));

    // Each post's entry as JSON, by the post as rendered: a post unchanged since the last build keeps its object, so a
    // preview rebuild serializes only the entries that changed and copies the rest. An entry holds nothing but the
    // post (document and text) and the base URL, which is checked.
    private readonly ObjectMemo<RenderedDocument, string, byte[]> _entries = new();

    // The index of the last build, given again while every entry is the same: most edits leave every opening as it was.
    private readonly LastValue<byte[][], byte[]> _lastIndex = new((last, current) => last.SequenceEqual(current, ReferenceEqualityComparer.Instance));

    public byte[] ToJson(SiteSnapshot site)
    {
        var root = site.Urls.Relative("/");
        var entries = new byte[site.Posts.Count][];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = _entries.For(site.Posts[i], root, post => JsonSerializer.SerializeToUtf8Bytes(EntryOf(site, post), JsonOutput.TypeInfo<SearchIndexEntry>()));
        }
        return _lastIndex.For(entries, Join);
    }

    /// <summary><c>{"posts":[</c>, the entries separated by commas, <c>]}</c>: what serializing the list gives, in one allocation.</summary>
    private static byte[] Join(byte[][] entries)
    {
        ReadOnlySpan<byte> start = "{\"posts\":["u8;
        ReadOnlySpan<byte> end = "]}"u8;
        // Every byte is written below: tens of megabytes at 10,000 posts need no clearing first.
        var json = GC.AllocateUninitializedArray<byte>(start.Length + entries.Sum(entry => entry.Length) + Math.Max(0, entries.Length - 1) + end.Length);
        start.CopyTo(json);
        var at = start.Length;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                json[at++] = (byte)',';
            }
            entries[i].CopyTo(json, at);
            at += entries[i].Length;
        }
        end.CopyTo(json.AsSpan(at));
        return json;
    }

    private SearchIndexEntry EntryOf(SiteSnapshot site, RenderedDocument post) => new(
        post.Document.Title,
        site.Urls.Relative(post.Document.Url),
        post.Document.Date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "",
        post.Document.Tags,
        _openings.For(post.Text));

}
