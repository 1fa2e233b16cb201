using BlogGen.Building.Caching;
using BlogGen.Tests.TestSupport;
using BlogGen.Yaml;

namespace BlogGen.Tests.Building.Caching;

/// <summary>
/// Front matter parsed by one build is given back to the next from the build cache as the parser gives it, value for
/// value and type for type; front matter with an error is never kept, so the error is found again.
/// </summary>
public sealed class FrontMatterMemoTests
{
    private const string Yaml = """
        title: "Hello: 世界"
        date: 2025-02-13 08:55:52 +0900
        day: 2025-02-13
        count: 42
        big: 123456789012345678901234567890
        ratio: 0.1
        negative_zero: -0.0
        not_a_number: .nan
        shown: true
        hidden: false
        nothing: ~
        empty: ""
        tags: [新闻, "a, b", 7]
        author:
          name: Ann
          links: [{ site: x, url: "https://example.org" }]
          nested: { deeper: { deepest: [[1, 2], []] } }
        base: &base { layout: post }
        merged:
          <<: *base
          extra: 1
        """;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Front_matter_read_back_from_the_cache_file_is_what_the_parser_gave_type_for_type()
    {
        using var folder = new TempSite();
        var parsed = YamlValueReader.ReadMapping(Yaml, "_posts/a.md", 1, Shanghai);
        Assert.Empty(parsed.Diagnostics);
        var path = Path.Combine(folder.Root, "values.bin");
        BuildCacheFile.Write(path, writer => CachedYamlValues.Write(writer, parsed.Values));

        var read = BuildCacheFile.Read(path, CachedYamlValues.ReadMap);

        AssertSameValue(parsed.Values, read);
    }

    [Fact]
    public void A_build_session_saved_and_loaded_gives_the_front_matter_back_without_parsing_and_never_keeps_an_error()
    {
        using var site = new TempSite();
        var session = new BuildSession();
        session.BeginBuild();
        var first = session.FrontMatter.ReadMapping(Yaml, "_posts/a.md", 1, Shanghai);
        var broken = session.FrontMatter.ReadMapping("title: [unclosed\nnext: 1\n", "_posts/b.md", 1, Shanghai);
        session.EndBuild();
        Assert.NotEmpty(broken.Diagnostics);
        BuildCacheFile.Save(session, site.Root);

        var loaded = BuildCacheFile.Load(site.Root, []);
        loaded.BeginBuild();
        var again = loaded.FrontMatter.ReadMapping(Yaml, "_posts/a.md", 1, Shanghai);
        var brokenAgain = loaded.FrontMatter.ReadMapping("title: [unclosed\nnext: 1\n", "_posts/b.md", 1, Shanghai);
        // The same text in another time zone is parsed again: a date without an offset is read in the site's time zone.
        loaded.FrontMatter.ReadMapping(Yaml, "_posts/a.md", 1, TimeZoneInfo.Utc);

        Assert.Equal(1, loaded.FrontMatter.Entries.Hits);
        AssertSameValue(first.Values, again.Values);
        Assert.Equal(broken.Diagnostics, brokenAgain.Diagnostics);
    }

    [Theory]
    [InlineData(200, "values nested deeper than YAML is read")]
    [InlineData(0, "a value of no known kind")]
    public void A_damaged_value_makes_the_file_unused(int depth, string why)
    {
        using var folder = new TempSite();
        var path = Path.Combine(folder.Root, "values.bin");
        BuildCacheFile.Write(path, writer =>
        {
            writer.Write((byte)8); // a map
            writer.Write7BitEncodedInt(1);
            writer.Write("key");
            for (var i = 0; i < depth; i++)
            {
                writer.Write((byte)7); // a list of one
                writer.Write7BitEncodedInt(1);
            }
            writer.Write((byte)99);
        });
        var ignored = new List<string>();

        Assert.Null(BuildCacheFile.Read(path, CachedYamlValues.ReadMap, ignored));
        Assert.Contains(why, Assert.Single(ignored), StringComparison.Ordinal);
    }

    private static void AssertSameValue(object? expected, object? actual)
    {
        Assert.Equal(expected?.GetType(), actual?.GetType());
        switch (expected)
        {
            case IReadOnlyDictionary<string, object?> map:
                var other = (IReadOnlyDictionary<string, object?>)actual!;
                Assert.Equal(map.Keys, other.Keys); // in the order written
                foreach (var (key, value) in map)
                {
                    AssertSameValue(value, other[key]);
                }
                break;
            case IReadOnlyList<object?> list:
                var items = (IReadOnlyList<object?>)actual!;
                Assert.Equal(list.Count, items.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], items[i]);
                }
                break;
            case double number:
                Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits((double)actual!));
                break;
            case DateTimeOffset time:
                Assert.Equal((time.Ticks, time.Offset), (((DateTimeOffset)actual!).Ticks, ((DateTimeOffset)actual).Offset));
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }
}
