using System.Globalization;
using System.Text;

using BlogGen.Content;

namespace BlogGen.Generators.Search;

/// <summary>
/// Which shard of the index lists a token. A word is filed by its first <see cref="SearchTerms.PrefixLength"/>
/// characters, so every word a query word of that length can begin sits in one shard; a CJK character or pair by
/// itself. The key is hashed (FNV-1a of its UTF-8 bytes, as the script computes it) into a number of shards that
/// grows with the site (<see cref="CountFor"/>): a token's shard depends on nothing but the token and that count, so an
/// edit touches only the shards of the tokens it changes.
/// </summary>
public static class SearchShards
{
    /// <summary>
    /// A shard for about every two and a half posts keeps each shard a few kilobytes besides what a query looks up, at
    /// any size; a power of two, so the count changes (and every shard with it) only when the site doubles.
    /// </summary>
    public static int CountFor(int posts)
    {
        var wanted = (int)Math.Min(MaxCount, Math.Ceiling(posts / 2.5));
        return (int)Math.Max(1, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)wanted));
    }

    /// <summary>The most shards a site gets, at 40,000 posts and more; past it, shards grow with the site.</summary>
    public const int MaxCount = 16384;

    /// <summary>Where the search files live in the output, below the search page.</summary>
    public const string Folder = "search/";

    public static int Of(ReadOnlySpan<char> token, int count) => Of(KeyHash(token), count);

    /// <summary>The shard of a token whose key hashes to <paramref name="keyHash"/> (see <see cref="KeyHash"/>).</summary>
    public static int Of(uint keyHash, int count) => (int)(keyHash % (uint)count);

    /// <summary>The hash of a token's key, whatever the shard count: a token table keeps it so as to know any token's shard.</summary>
    public static uint KeyHash(ReadOnlySpan<char> token)
    {
        var key = KeyLength(token);
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(key)];
        var hash = 2166136261u;
        foreach (var b in bytes[..Encoding.UTF8.GetBytes(token[..key], bytes)])
        {
            hash = (hash ^ b) * 16777619u;
        }
        return hash;
    }

    /// <summary>The shard's file, relative to the output: <c>search/shards/0a3.json</c>, as many digits as the highest number has.</summary>
    public static string PathOf(int shard, int count) =>
        $"{Folder}shards/{shard.ToString("x" + (count - 1).ToString("x", CultureInfo.InvariantCulture).Length, CultureInfo.InvariantCulture)}.json";

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
