using BlogGen.Building.Caching;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building.Caching;

/// <summary>Strings a cache file holds many times are written once and read back as they were, one object for all uses.</summary>
public sealed class RepeatedStringsTests
{
    private static readonly string[] Names = ["title", "url", "_posts/2026-01-01-a.md", "title", "", "url", "中文", "title", ""];

    [Fact]
    public void Gives_back_each_string_as_written_and_the_same_object_for_a_repeat()
    {
        using var folder = new TempSite();
        var path = Path.Combine(folder.Root, "names.bin");
        BuildCacheFile.Write(path, writer =>
        {
            var names = new RepeatedStringWriter();
            foreach (var name in Names)
            {
                names.Write(writer, name);
            }
        });

        var read = BuildCacheFile.Read(path, reader =>
        {
            var names = new RepeatedStringReader();
            return Names.Select(_ => names.Read(reader)).ToList();
        });

        Assert.Equal(Names, read);
        Assert.Same(read![0], read[3]);
        Assert.Same(read[0], read[7]);
    }

    [Fact]
    public void A_number_that_refers_to_no_string_read_before_makes_the_file_unused()
    {
        using var folder = new TempSite();
        var path = Path.Combine(folder.Root, "names.bin");
        BuildCacheFile.Write(path, writer =>
        {
            new RepeatedStringWriter().Write(writer, "title");
            writer.Write7BitEncodedInt(2); // the second string, never written
        });
        var ignored = new List<string>();

        var read = BuildCacheFile.Read(path, reader =>
        {
            var names = new RepeatedStringReader();
            return new[] { names.Read(reader), names.Read(reader) };
        }, ignored);

        Assert.Null(read);
        Assert.Contains("a repeated text refers to none read before", Assert.Single(ignored), StringComparison.Ordinal);
    }
}
