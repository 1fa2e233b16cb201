using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Output;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempSite _folder = new();

    private string Destination => _folder.Destination;

    private static OutputFile Text(string path, string text) => OutputFile.Rendered(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void WritesNewFilesAndLeavesUnchangedOnesAlone()
    {
        OutputWriter.Write(Destination, [Text("a.html", "A"), Text("sub/b.html", "B")], []);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Destination, "a.html"), old);

        var result = OutputWriter.Write(Destination, [Text("a.html", "A"), Text("sub/b.html", "B2")], []);

        Assert.Equal((1, 1, 0), (result.Written, result.Unchanged, result.Deleted));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(Destination, "a.html")));
        Assert.Equal("B2", File.ReadAllText(Path.Combine(Destination, "sub/b.html")));
    }

    [Fact]
    public void RemovesFilesNoLongerBuiltButKeepsKeepFiles()
    {
        OutputWriter.Write(Destination, [Text("a.html", "A"), Text("gone/b.html", "B"), Text(".git/config", "x")], []);

        var result = OutputWriter.Write(Destination, [Text("a.html", "A")], [".git"]);

        Assert.Equal(1, result.Deleted);
        Assert.False(Directory.Exists(Path.Combine(Destination, "gone")));
        Assert.True(File.Exists(Path.Combine(Destination, ".git/config")));
    }

    [Fact]
    public void CopiesStaticFilesWithTheirTimestamp()
    {
        var source = Path.Combine(_folder.Root, "image.png");
        File.WriteAllBytes(source, [1, 2, 3]);
        var stamp = new DateTime(2021, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, stamp);

        OutputWriter.Write(Destination, [OutputFile.Copied("img/image.png", source)], []);
        var second = OutputWriter.Write(Destination, [OutputFile.Copied("img/image.png", source)], []);

        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(Destination, "img/image.png")));
        Assert.Equal(1, second.Unchanged);
    }

    [Fact]
    public void AFailedWriteLeavesThePreviousOutputWhole()
    {
        OutputWriter.Write(Destination, [Text("a.html", "old")], []);
        // A file where the staging folder must go makes staging fail, as a full or read-only disk would.
        File.WriteAllText(Path.Combine(Destination, ".bloggen-staging"), "blocker");

        var result = OutputWriter.Write(Destination, [Text("a.html", "new"), Text("b.html", "B")], []);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Destination, "a.html")));
        Assert.False(File.Exists(Path.Combine(Destination, "b.html")));
    }

    [Fact]
    public void StagingLeftByACrashBeforeCommitIsDiscarded()
    {
        OutputWriter.Write(Destination, [Text("a.html", "old")], []);
        Directory.CreateDirectory(Path.Combine(Destination, ".bloggen-staging"));
        File.WriteAllText(Path.Combine(Destination, ".bloggen-staging", "a.html"), "half");

        OutputWriter.Write(Destination, [Text("a.html", "old")], []);

        Assert.Equal("old", File.ReadAllText(Path.Combine(Destination, "a.html")));
        Assert.False(Directory.Exists(Path.Combine(Destination, ".bloggen-staging")));
    }

    [Fact]
    public void ACommitInterruptedAfterItsMarkerIsFinishedByTheNextWrite()
    {
        OutputWriter.Write(Destination, [Text("a.html", "old"), Text("stale.html", "x")], []);
        var staging = Path.Combine(Destination, ".bloggen-staging");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "a.html"), "committed");
        File.WriteAllLines(Path.Combine(staging, "COMMIT"), ["M a.html", "D stale.html"]);

        // The next build wants the same content the interrupted commit had: nothing more is written.
        var result = OutputWriter.Write(Destination, [Text("a.html", "committed")], []);

        Assert.Equal("committed", File.ReadAllText(Path.Combine(Destination, "a.html")));
        Assert.False(File.Exists(Path.Combine(Destination, "stale.html")));
        Assert.Equal(0, result.Written);
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/tmp/escape.html")]
    public void RefusesPathsOutsideTheDestination(string path)
    {
        var result = OutputWriter.Write(Destination, [Text(path, "x"), Text("ok.html", "ok")], []);

        Assert.Equal(DiagnosticCodes.PermalinkOutsideDestination, Assert.Single(result.Diagnostics).Code);
        Assert.False(File.Exists(Path.Combine(_folder.Root, "escape.html")));
        Assert.True(File.Exists(Path.Combine(Destination, "ok.html")));
    }

    public void Dispose() => _folder.Dispose();
}
