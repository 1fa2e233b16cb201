using BlogGen.Generators.Search;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/search.bin</c>: the last search index a build made (each post's tokens and each shard's bytes), so
/// that a <c>bloggen build</c> after an edit remakes only the shards the edit touches, as the preview server does. Each
/// distinct token is written once and posts refer to it by number: the same words recur in every post. Read only when
/// a build makes the index, and written only when the index changed.
/// </summary>
internal static class SearchIndexCacheFile
{
    private const string FileName = "search.bin";

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, BuildCacheFile.FolderName, FileName);

    /// <summary>Reads the kept index when first asked; that index then counts as saved.</summary>
    /// <param name="ignored">Gets why a kept index that exists was not used.</param>
    public static Func<BuiltIndex?> Reader(string sourceFolder, ICollection<string> ignored) => () => BuildCacheFile.Read(PathIn(sourceFolder), Read, ignored);

    public static void SaveIfMade(BuildSession session, string sourceFolder)
    {
        if (session.Generators.Search.Last is { } index && !ReferenceEquals(index, session.Generators.Search.Saved))
        {
            BuildCacheFile.Write(PathIn(sourceFolder), writer => Write(writer, index));
            session.Generators.Search.Saved = index;
        }
    }

    private static void Write(BinaryWriter writer, BuiltIndex index)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        foreach (var post in index.ByNumber)
        {
            foreach (var token in post.Tokens)
            {
                if (numbers.TryAdd(token, distinct.Count))
                {
                    distinct.Add(token);
                }
            }
        }
        writer.Write(index.Shards.Length);
        writer.Write(distinct.Count);
        foreach (var token in distinct)
        {
            writer.Write(token);
        }
        writer.Write(index.ByNumber.Count);
        for (var number = 0; number < index.ByNumber.Count; number++)
        {
            var post = index.ByNumber[number];
            BuildCacheFile.WriteHash(writer, index.Keys[number]);
            writer.Write7BitEncodedInt(post.Tokens.Count);
            for (var i = 0; i < post.Tokens.Count; i++)
            {
                writer.Write7BitEncodedInt(numbers[post.Tokens[i]]);
                writer.Write((byte)post.Fields[i]);
            }
        }
        foreach (var shard in index.Shards)
        {
            writer.Write(shard?.Length ?? -1);
            writer.Write(shard ?? []);
        }
    }

    private static BuiltIndex Read(BinaryReader reader)
    {
        var shardCount = reader.ReadInt32();
        if (shardCount is < 1 or > SearchShards.MaxCount)
        {
            throw new FormatException("shard count out of range");
        }
        var distinct = new string[reader.ReadInt32()];
        var shardOf = new int[distinct.Length];
        for (var i = 0; i < distinct.Length; i++)
        {
            distinct[i] = reader.ReadString();
            shardOf[i] = SearchShards.Of(distinct[i], shardCount);
        }
        var byNumber = new PostTokens[reader.ReadInt32()];
        var keys = new UInt128[byNumber.Length];
        for (var number = 0; number < byNumber.Length; number++)
        {
            keys[number] = BuildCacheFile.ReadHash(reader);
            var count = reader.Read7BitEncodedInt();
            var tokens = new string[count];
            var fields = new SearchFields[count];
            var shards = new int[count];
            for (var i = 0; i < count; i++)
            {
                var token = reader.Read7BitEncodedInt();
                (tokens[i], shards[i], fields[i]) = (distinct[token], shardOf[token], (SearchFields)reader.ReadByte());
            }
            byNumber[number] = new PostTokens(tokens, fields, shards);
        }
        var shardBytes = new byte[]?[shardCount];
        for (var shard = 0; shard < shardCount; shard++)
        {
            var length = reader.ReadInt32();
            shardBytes[shard] = length < 0 ? null : ReadExactly(reader, length);
        }
        return BuiltIndex.Restored(byNumber, keys, shardBytes);
    }

    private static byte[] ReadExactly(BinaryReader reader, int length)
    {
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }
}
