using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace BlogGen.Generators;

/// <summary>The JSON document the search page loads: <c>{"posts": [...]}</c>, newest post first.</summary>
public static class SearchIndex
{
    /// <summary>Characters of body text kept per post: enough to find a post by its opening, small enough that the index of a big blog loads quickly.</summary>
    public const int TextLimit = 5000;

    private static readonly BodyMemo<string> Opening = new(text => PlainText.Truncate(text, TextLimit));

    private static readonly JsonSerializerOptions Options = new()
    {
        // CJK as it is (a third of the size of \uXXXX escapes); <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IReadOnlyList<SearchIndexEntry> Entries(SiteSnapshot site) =>
        [.. site.Posts.Select(post => new SearchIndexEntry(
            post.Document.Title,
            site.Urls.Relative(post.Document.Url),
            post.Document.Date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "",
            post.Document.Tags,
            Opening.For(post.Text)))];

    // The index of the last call: a preview rebuild after an edit that changes no entry (most edits past a post's
    // opening) gets the same megabytes back without serializing them again.
    private static LastIndex? s_last;

    public static byte[] ToJson(IReadOnlyList<SearchIndexEntry> entries)
    {
        if (s_last is { } last && last.Entries.SequenceEqual(entries))
        {
            return last.Json;
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, IReadOnlyList<SearchIndexEntry>> { ["posts"] = entries }, Options);
        s_last = new LastIndex(entries, json);
        return json;
    }

    /// <summary>One object, swapped whole: builds running in parallel never see one call's entries with another's JSON.</summary>
    private sealed record LastIndex(IReadOnlyList<SearchIndexEntry> Entries, byte[] Json);
}
