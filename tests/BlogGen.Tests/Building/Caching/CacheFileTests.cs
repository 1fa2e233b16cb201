using BlogGen.Building.Caching;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building.Caching;

/// <summary>
/// A cache file gives back exactly what was written, values small and large and across the blocks it is read in;
/// any change to its bytes after writing, anywhere in it, makes it unused with the reason said.
/// </summary>
public sealed class CacheFileTests
{
    // Larger than one block of the checksum stream, so reads and writes cross block edges and go around the block.
    private static readonly string Long = string.Concat(Enumerable.Range(0, 30_000).Select(i => (char)('a' + (i % 26)) + "中"));

    private static readonly IReadOnlyList<object> Values =
        [.. Enumerable.Range(0, 20_000).Select(i => (object)(i % 3 == 0 ? $"short {i}" : i * 7919)), Long, 42, "end"];

    private static void WriteValues(BinaryWriter writer)
    {
        foreach (var value in Values)
        {
            if (value is string text)
            {
                writer.Write(text);
            }
            else
            {
                writer.Write((int)value);
            }
        }
    }

    private static List<object> ReadValues(BinaryReader reader) =>
        [.. Values.Select(value => value is string ? (object)reader.ReadString() : reader.ReadInt32())];

    [Fact]
    public void Gives_back_what_was_written()
    {
        using var folder = new TempSite();
        var path = Path.Combine(folder.Root, "values.bin");
        BuildCacheFile.Write(path, WriteValues);
        var ignored = new List<string>();

        var read = BuildCacheFile.Read(path, ReadValues, ignored);

        Assert.Equal(Values, read);
        Assert.Empty(ignored);
    }

    private static int IndexOf(List<byte> bytes, string ascii)
    {
        var pattern = System.Text.Encoding.ASCII.GetBytes(ascii);
        return bytes.ToArray().AsSpan().IndexOf(pattern);
    }

    [Theory]
    [InlineData("one byte added at the end", "its checksum does not match")]
    [InlineData("one byte changed in the first block", "its checksum does not match")]
    [InlineData("one byte changed in the last block", "its checksum does not match")]
    [InlineData("cut short by one byte", "it is cut short")]
    [InlineData("cut in half", "")]
    public void A_file_changed_after_writing_is_not_used(string damage, string why)
    {
        using var folder = new TempSite();
        var path = Path.Combine(folder.Root, "values.bin");
        BuildCacheFile.Write(path, WriteValues);
        var bytes = File.ReadAllBytes(path).ToList();
        switch (damage)
        {
            case "one byte added at the end":
                bytes.Add(0);
                break;
            case "one byte changed in the first block":
                bytes[IndexOf(bytes, "short 300")] ^= 0x01; // a letter of a string: the file still parses
                break;
            case "one byte changed in the last block":
                bytes[^10] ^= 0x01; // a letter of the long string
                break;
            case "cut short by one byte":
                bytes.RemoveAt(bytes.Count - 1);
                break;
            default:
                bytes.RemoveRange(bytes.Count / 2, bytes.Count - (bytes.Count / 2));
                break;
        }
        File.WriteAllBytes(path, [.. bytes]);
        var ignored = new List<string>();

        var read = BuildCacheFile.Read(path, ReadValues, ignored);

        Assert.Null(read);
        Assert.Contains(why, Assert.Single(ignored), StringComparison.Ordinal);
        Assert.StartsWith(".bloggen-cache/values.bin was not used", ignored[0], StringComparison.Ordinal);
    }
}
