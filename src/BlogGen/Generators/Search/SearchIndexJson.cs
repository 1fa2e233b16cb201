using System.Runtime.InteropServices;
using System.Text.Json;

namespace BlogGen.Generators.Search;

/// <summary>The search index's own JSON files, written token by token: the shards hold tens of megabytes at 10,000 posts.</summary>
internal static class SearchIndexJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JsonOutput.Options.Encoder };

    /// <summary>
    /// <c>{"shards":4096,"prefix":3,"maxWord":32,"maxPairs":8,"present":"…"}</c>: the layout the script needs, and which shards exist
    /// (a hexadecimal bit set, shard 0 the lowest bit of the first digit), so it never asks for a missing one.
    /// </summary>
    public static byte[] Manifest(bool[] present)
    {
        var digits = new char[(present.Length + 3) / 4];
        for (var i = 0; i < digits.Length; i++)
        {
            var value = 0;
            for (var bit = 0; bit < 4 && i * 4 + bit < present.Length; bit++)
            {
                value |= present[i * 4 + bit] ? 1 << bit : 0;
            }
            digits[i] = "0123456789abcdef"[value];
        }
        return Write(json =>
        {
            json.WriteNumber("shards", present.Length);
            json.WriteNumber("prefix", SearchTerms.PrefixLength);
            json.WriteNumber("maxWord", SearchTerms.MaxWordLength);
            json.WriteNumber("maxPairs", SearchTerms.MaxPairsLookedUp);
            json.WriteString("present", digits);
        });
    }

    /// <summary>
    /// <c>{"token":[…],…}</c>, tokens in ordinal order. Each token lists the posts holding it by ascending number, each
    /// post as one number: the gap from the previous post's number (from 0 for the first) times 8, plus its
    /// <see cref="SearchFields"/>. Gaps keep the numbers short: a common word is one or two digits a post.
    /// </summary>
    public static byte[] Shard(int shard, int[] numbers, PostTokens[] holders, TokenTable table)
    {
        // Gathered by token number, which needs no hashing of text; put in the text's order once per shard.
        var postings = new Dictionary<int, List<(int Number, SearchFields Fields)>>();
        for (var p = 0; p < holders.Length; p++)
        {
            var holder = holders[p];
            var (start, length) = holder.RunOf(shard).GetOffsetAndLength(holder.Count);
            for (var t = start; t < start + length; t++)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, holder.NumberAt(t), out _);
                (list ??= []).Add((numbers[p], holder.FieldsAt(t)));
            }
        }
        return Write(json =>
        {
            foreach (var (token, list) in postings.Select(entry => (Text: table.TextOf(entry.Key), entry.Value)).OrderBy(entry => entry.Text, StringComparer.Ordinal))
            {
                json.WriteStartArray(token);
                var previous = 0;
                foreach (var (number, fields) in list)
                {
                    json.WriteNumberValue((number - previous) * 8 + (int)fields);
                    previous = number;
                }
                json.WriteEndArray();
            }
        });
    }

    private static byte[] Write(Action<Utf8JsonWriter> members)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
