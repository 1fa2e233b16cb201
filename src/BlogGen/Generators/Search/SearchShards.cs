using System.Globalization;
using System.Text;

using BlogGen.Content;

namespace BlogGen.Generators.Search;

/// <summary>
/// Which shard of the index lists a token. A word is filed by its first <see cref="SearchTerms.PrefixLength"/>
/// characters, so every word a query word of that length can begin sits in one shard; a CJK character or pair by
/// itself. The key is hashed (FNV-1a of its UTF-8 bytes, as the script computes it) into a fixed number of shards:
/// a token's shard never depends on the other posts, so an edit touches only the shards of the tokens it changes.
/// </summary>
public static class SearchShards
{
    /// <summary>Enough that at 10,000 posts a shard holds a few kilobytes besides what a query looks up.</summary>
    public const int Count = 4096;

    /// <summary>Where the search files live in the output, below the search page.</summary>
    public const string Folder = "search/";

    public static int Of(ReadOnlySpan<char> token)
    {
        var key = KeyLength(token);
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(key)];
        var hash = 2166136261u;
        foreach (var b in bytes[..Encoding.UTF8.GetBytes(token[..key], bytes)])
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash % Count);
    }

    /// <summary>The shard's file, relative to the output: <c>search/shards/0a3.json</c>, as many digits as the highest number has.</summary>
    public static string PathOf(int shard) =>
        $"{Folder}shards/{shard.ToString("x" + (Count - 1).ToString("x", CultureInfo.InvariantCulture).Length, CultureInfo.InvariantCulture)}.json";

    /// <summary>A CJK token is its own key; a word's key is its beginning.</summary>
    private static int KeyLength(ReadOnlySpan<char> token)
    {
        var length = 0;
        var runes = 0;
        foreach (var rune in token.EnumerateRunes())
        {
            if (CjkText.IsCjk(rune))
            {
                return token.Length;
            }
            if (runes++ == SearchTerms.PrefixLength)
            {
                break;
            }
            length += rune.Utf16SequenceLength;
        }
        return length;
    }
}
