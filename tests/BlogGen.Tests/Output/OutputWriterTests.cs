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

    /// <summary>A name longer than the file system allows (255 bytes on Linux) fails that file alone, as a file or as a folder.</summary>
    [Theory]
    [InlineData(300, ".html")]
    [InlineData(300, "/index.html")]
    public void AnOutputPathTheFileSystemRefusesAsTooLongIsAnErrorForThatFileAlone(int nameLength, string ending)
    {
        var tooLong = "posts/" + new string('x', nameLength) + ending;

        var result = OutputWriter.Write(Destination, [Text("a.html", "A"), Text(tooLong, "L"), Text("sub/b.html", "B")], []);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.OutputPathTooLong, tooLong), (error.Severity, error.Code, error.Path));
        Assert.Equal((2, 0), (result.Written, result.Unchanged));
        Assert.Equal("A", File.ReadAllText(Path.Combine(Destination, "a.html")));
        Assert.Equal("B", File.ReadAllText(Path.Combine(Destination, "sub/b.html")));
        Assert.False(Directory.Exists(Path.Combine(Destination, ".bloggen-staging")));
    }

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

    [Fact]
    public void NewFoldersMoveInWholeBesideFoldersThatStay()
    {
        OutputWriter.Write(Destination, [Text("posts/old/index.html", "old"), Text("index.html", "home")], []);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Destination, "posts/old/index.html"), old);

        var result = OutputWriter.Write(Destination,
        [
            Text("posts/old/index.html", "old"), Text("posts/new/index.html", "new"), Text("posts/new/deep/a.txt", "deep"),
            Text("tags/x/index.html", "x"), Text("tags/y/index.html", "y"), Text("index.html", "home 2"),
        ], []);

        Assert.Equal((5, 1, 0), (result.Written, result.Unchanged, result.Deleted));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(Destination, "posts/old/index.html")));
        string[] expected = ["index.html", "posts/new/deep/a.txt", "posts/new/index.html", "posts/old/index.html", "tags/x/index.html", "tags/y/index.html"];
        Assert.Equal(expected, Directory.EnumerateFiles(Destination, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Destination, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("deep", File.ReadAllText(Path.Combine(Destination, "posts/new/deep/a.txt")));
        Assert.Equal("home 2", File.ReadAllText(Path.Combine(Destination, "index.html")));
    }

    [Fact]
    public void ACommitInterruptedAfterMovingAFolderInIsFinishedByTheNextWrite()
    {
        OutputWriter.Write(Destination, [Text("index.html", "home")], []);
        // The crash came after the marker and after "posts" moved in whole, before "tags" did.
        var staging = Path.Combine(Destination, ".bloggen-staging");
        Directory.CreateDirectory(Path.Combine(staging, "tags/x"));
        File.WriteAllText(Path.Combine(staging, "tags/x/index.html"), "x");
        Directory.CreateDirectory(Path.Combine(Destination, "posts/a"));
        File.WriteAllText(Path.Combine(Destination, "posts/a/index.html"), "a");
        File.WriteAllLines(Path.Combine(staging, "COMMIT"), ["M posts/a/index.html", "M tags/x/index.html"]);

        var result = OutputWriter.Write(Destination,
            [Text("index.html", "home"), Text("posts/a/index.html", "a"), Text("tags/x/index.html", "x")], []);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.Written);
        Assert.Equal("x", File.ReadAllText(Path.Combine(Destination, "tags/x/index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Destination, "posts/a/index.html")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void AStaticFileThatVanishesDuringTheBuildIsAWriteErrorNotACrash()
    {
        OutputWriter.Write(Destination, [Text("a.html", "old")], []);

        // Staging runs in parallel, so the failure arrives wrapped; it must still be reported as BG4001.
        var result = OutputWriter.Write(Destination,
            [Text("a.html", "new"), OutputFile.Copied("img/gone.png", Path.Combine(_folder.Root, "gone.png"))], []);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, error.Code);
        Assert.StartsWith($"cannot write the site into {Destination}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("nothing in the destination was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(Path.Combine(Destination, "a.html")));
        Assert.False(Directory.Exists(Path.Combine(Destination, ".bloggen-staging")));
    }

    [Fact]
    public void AFileNoLongerBuiltMakesWayForAFolderOfTheSameName()
    {
        OutputWriter.Write(Destination, [Text("about", "a file")], []);

        var result = OutputWriter.Write(Destination, [Text("about/index.html", "a folder")], []);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("a folder", File.ReadAllText(Path.Combine(Destination, "about", "index.html")));
    }

    [Fact]
    public void ACommitThatFailsHalfwayKeepsItsJournalAndTheNextWriteFinishesIt()
    {
        OutputWriter.Write(Destination, [Text("a.html", "old")], []);
        // A kept file stands where the new site needs a folder: staging works, moving into place cannot.
        File.WriteAllText(Path.Combine(Destination, "sub"), "kept");

        var failed = OutputWriter.Write(Destination, [Text("a.html", "new"), Text("sub/b.html", "B")], ["sub"]);

        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputPartlyWritten, error.Code);
        Assert.StartsWith($"the new site was only partly moved into {Destination}: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("new", File.ReadAllText(Path.Combine(Destination, "a.html")));
        Assert.True(File.Exists(Path.Combine(Destination, ".bloggen-staging", "COMMIT")));

        File.Delete(Path.Combine(Destination, "sub"));
        var finished = OutputWriter.Write(Destination, [Text("a.html", "new"), Text("sub/b.html", "B")], []);

        Assert.Empty(finished.Diagnostics);
        Assert.Equal("B", File.ReadAllText(Path.Combine(Destination, "sub", "b.html")));
        Assert.Equal(0, finished.Written);
        Assert.False(Directory.Exists(Path.Combine(Destination, ".bloggen-staging")));
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
