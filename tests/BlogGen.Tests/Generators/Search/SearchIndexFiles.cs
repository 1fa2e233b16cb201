using System.Globalization;
using System.Text.Json;

using BlogGen.Generators;
using BlogGen.Generators.Search;

namespace BlogGen.Tests.Generators.Search;

/// <summary>The search files a generator made, read back as the search page's script reads them.</summary>
public sealed class SearchIndexFiles(GeneratorResult result)
{
    public IReadOnlyDictionary<string, byte[]> Files { get; } =
        result.Files.ToDictionary(file => file.RelativePath, file => file.Bytes, StringComparer.Ordinal);

    /// <summary>How many shards the manifest says the index is split into.</summary>
    public int ShardCount => Manifest().GetProperty("shards").GetInt32();

    /// <summary>The file of the shard that lists <paramref name="token"/>, as the script finds it.</summary>
    public string ShardPathOf(string token) => SearchShards.PathOf(SearchShards.Of(token, ShardCount), ShardCount);

    public IEnumerable<string> ShardPaths => Files.Keys.Where(path => path.StartsWith("search/shards/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>The posts listing <paramref name="token"/> as "number:fields", ascending; "" when no shard lists it.</summary>
    public string Postings(string token)
    {
        if (!Files.TryGetValue(ShardPathOf(token), out var bytes))
        {
            return "";
        }
        using var shard = JsonDocument.Parse(bytes);
        return shard.RootElement.TryGetProperty(token, out var values)
            ? string.Join(' ', Decode(values).Select(posting => string.Create(CultureInfo.InvariantCulture, $"{posting.Number}:{posting.Fields}")))
            : "";
    }

    /// <summary>Every token of every shard with the shard file that lists it.</summary>
    public IEnumerable<(string Path, string Token)> Tokens() => ShardPaths.SelectMany(path =>
    {
        using var shard = JsonDocument.Parse(Files[path]);
        return shard.RootElement.EnumerateObject().Select(token => (path, token.Name)).ToList();
    });

    /// <summary>The numbers of the posts a shard lists under any token; none when the shard was not written.</summary>
    public IReadOnlySet<int> PostsIn(string path)
    {
        if (!Files.TryGetValue(path, out var bytes))
        {
            return new HashSet<int>();
        }
        using var shard = JsonDocument.Parse(bytes);
        return shard.RootElement.EnumerateObject().SelectMany(token => Decode(token.Value)).Select(posting => posting.Number).ToHashSet();
    }

    public JsonElement Post(int number)
    {
        using var post = JsonDocument.Parse(Files[SearchIndex.PostPath(number)]);
        return post.RootElement.Clone();
    }

    public JsonElement Manifest()
    {
        using var manifest = JsonDocument.Parse(Files[SearchIndex.ManifestPath]);
        return manifest.RootElement.Clone();
    }

    /// <summary>The paths whose bytes differ between two builds, or that only one of them has.</summary>
    public IEnumerable<string> ChangedFrom(SearchIndexFiles earlier) =>
        Files.Keys.Union(earlier.Files.Keys).Where(path =>
            !Files.TryGetValue(path, out var now) || !earlier.Files.TryGetValue(path, out var before) || !now.AsSpan().SequenceEqual(before))
        .Order(StringComparer.Ordinal);

    /// <summary>Gaps times 8 plus the <see cref="SearchFields"/>, as a shard writes them, back to numbers and fields.</summary>
    private static IEnumerable<(int Number, int Fields)> Decode(JsonElement values)
    {
        var number = 0;
        foreach (var value in values.EnumerateArray().Select(v => v.GetInt32()))
        {
            number += value / 8;
            yield return (number, value % 8);
        }
    }
}
