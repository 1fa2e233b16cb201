using BlogGen.Generators.Search;

namespace BlogGen.Building.Caching;

/// <summary>
/// <c>.bloggen-cache/search.bin</c>: the last search index a build made (each post's tokens and each shard's bytes), so
/// that a <c>bloggen build</c> after an edit remakes only the shards the edit touches, as the preview server does. Each
/// distinct token is written once and posts refer to it by number: the same words recur in every post. Read while the
/// build reads its sources, and written only when the index changed.
/// </summary>
internal static class SearchIndexCacheFile
{
    private const string FileName = "search.bin";

    public static string PathIn(string sourceFolder) => Path.Combine(sourceFolder, BuildCacheFile.FolderName, FileName);

    /// <summary>
    /// Starts reading the kept index in the background, and gives it when asked; that index then counts as saved. A build
    /// asks for it only once every post is converted, and read then it kept the other core waiting; a build that never
    /// asks (the site's search turned off) leaves it unread or unused.
    /// </summary>
    /// <param name="ignored">Gets why a kept index that exists was not used, when it is asked for: on the thread that
    /// asks, as the build's other reasons are added.</param>
    public static Func<BuiltIndex?> Reader(string sourceFolder, ICollection<string> ignored)
    {
        var why = new List<string>();
        var reading = Task.Run(() => BuildCacheFile.Read(PathIn(sourceFolder), Read, why));
        return () =>
        {
            var index = reading.GetAwaiter().GetResult();
            foreach (var reason in why)
            {
                ignored.Add(reason);
            }
            return index;
        };
    }

    public static void SaveIfMade(BuildSession session, string sourceFolder)
    {
        if (session.Generators.Search.Last is { } index && !ReferenceEquals(index, session.Generators.Search.Saved))
        {
            BuildCacheFile.Write(PathIn(sourceFolder), writer => Write(writer, index));
            session.Generators.Search.Saved = index;
        }
    }

    /// <summary>
    /// Writes the index, when the build made another one, and lets the session forget it: a build on its own does so as
    /// soon as its generators ran, so that the index's tokens are not held while pages are laid out.
    /// </summary>
    public static void SaveAndForget(BuildSession session, string sourceFolder)
    {
        SaveIfMade(session, sourceFolder);
        session.Generators.Search.Forget();
    }

    private static void Write(BinaryWriter writer, BuiltIndex index)
    {
        // Only the numbers some post uses, numbered again in the table's order: every post's tokens then stay in the
        // order PostTokens keeps them, and no token's text is hashed to write the file (an edited post's table holds
        // the words that left it, and a preview session's every word it ever met).
        var renumbered = new int[index.Table.Count];
        foreach (var post in index.ByNumber)
        {
            for (var i = 0; i < post.Count; i++)
            {
                renumbered[post.NumberAt(i)] = 1;
            }
        }
        var used = 0;
        for (var number = 0; number < renumbered.Length; number++)
        {
            renumbered[number] = renumbered[number] == 0 ? -1 : used++;
        }

        writer.Write(index.Shards.Length);
        writer.Write(used);
        for (var number = 0; number < renumbered.Length; number++)
        {
            if (renumbered[number] >= 0)
            {
                writer.Write(index.Table.TextOf(number));
            }
        }
        writer.Write(index.ByNumber.Count);
        var block = new byte[1024];
        for (var number = 0; number < index.ByNumber.Count; number++)
        {
            var post = index.ByNumber[number];
            // Each post's tokens in one block of variable-length numbers, written and read in one call each rather
            // than a call per byte.
            if (block.Length < post.Count * MaxVarintLength)
            {
                block = new byte[post.Count * MaxVarintLength];
            }
            var length = 0;
            for (var i = 0; i < post.Count; i++)
            {
                length += PutVarint(block.AsSpan(length), (uint)PostTokens.Pack(renumbered[post.NumberAt(i)], post.FieldsAt(i)));
            }
            BuildCacheFile.WriteHash(writer, index.Keys[number]);
            writer.Write7BitEncodedInt(post.Count);
            writer.Write7BitEncodedInt(length);
            writer.Write(block, 0, length);
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
        var texts = new string[CountIn(reader, reader.ReadInt32())];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = reader.ReadString();
        }
        var table = new TokenTable(texts);
        var shards = new TokenShards(table, shardCount);
        var byNumber = new PostTokens[CountIn(reader, reader.ReadInt32())];
        var keys = new UInt128[byNumber.Length];
        var block = Array.Empty<byte>();
        for (var number = 0; number < byNumber.Length; number++)
        {
            keys[number] = BuildCacheFile.ReadHash(reader);
            var tokens = new int[CountIn(reader, reader.Read7BitEncodedInt())];
            var length = CountIn(reader, reader.Read7BitEncodedInt());
            if (block.Length < length)
            {
                block = new byte[Math.Max(length, block.Length * 2)];
            }
            reader.BaseStream.ReadExactly(block.AsSpan(0, length));
            var at = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = (int)TakeVarint(block.AsSpan(0, length), ref at);
                if ((uint)PostTokens.NumberOf(tokens[i]) >= (uint)texts.Length)
                {
                    throw new FormatException("a post's token is not in the file");
                }
            }
            if (at != length)
            {
                throw new FormatException("a post's tokens are longer than written");
            }
            byNumber[number] = new PostTokens(tokens, shards);
        }
        var shardBytes = new byte[]?[shardCount];
        for (var shard = 0; shard < shardCount; shard++)
        {
            var length = reader.ReadInt32();
            shardBytes[shard] = length < 0 ? null : ReadExactly(reader, length);
        }
        return BuiltIndex.Restored(table, byNumber, keys, shardBytes);
    }

    /// <summary>A count read from the file, refused when negative or more than the file's bytes could hold.</summary>
    private static int CountIn(BinaryReader reader, int count) =>
        count >= 0 && count <= reader.BaseStream.Length ? count : throw new FormatException("a count is out of range");

    private const int MaxVarintLength = 5;

    /// <summary>Seven bits a byte, lowest first, the high bit set on all but the last: as <see cref="BinaryWriter.Write7BitEncodedInt"/>.</summary>
    private static int PutVarint(Span<byte> to, uint value)
    {
        var at = 0;
        for (; value >= 0x80; value >>= 7)
        {
            to[at++] = (byte)(value | 0x80);
        }
        to[at++] = (byte)value;
        return at;
    }

    private static uint TakeVarint(ReadOnlySpan<byte> from, ref int at)
    {
        var value = 0u;
        for (var shift = 0; ; shift += 7)
        {
            if (shift >= MaxVarintLength * 7)
            {
                throw new FormatException("a number runs on past five bytes");
            }
            var b = from[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static byte[] ReadExactly(BinaryReader reader, int length)
    {
        var bytes = reader.ReadBytes(length);
        return bytes.Length == length ? bytes : throw new EndOfStreamException();
    }
}
