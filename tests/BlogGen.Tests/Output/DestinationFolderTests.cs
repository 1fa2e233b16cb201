using System.IO.Hashing;
using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Output;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Output;

/// <summary>Pages taken as they are rendered go into staging at once; the destination changes only at the write's commit.</summary>
public sealed class DestinationFolderTests : IDisposable
{
    private readonly TempSite _folder = new();

    private string Destination => _folder.Destination;

    private string Staging => Path.Combine(Destination, StagingJournal.FolderName);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private string Read(string relative) => File.ReadAllText(Path.Combine(Destination, relative));

    [Fact]
    public void APageTakenIsStagedAtOnceWithoutItsBytesAndMovesInAtTheWrite()
    {
        OutputWriter.Write(Destination, [OutputFile.Rendered("a.html", Bytes("old"))], []);
        using var folder = new DestinationFolder(Destination, null);

        var taken = folder.Take("a.html", Bytes("new"));
        var added = folder.Take("posts/b/index.html", Bytes("B"));

        Assert.True(taken.IsStaged && added.IsStaged);
        Assert.Null(taken.Content);
        Assert.Equal("new", File.ReadAllText(Path.Combine(Staging, "a.html")));
        Assert.Equal("old", Read("a.html"));
        Assert.False(File.Exists(Path.Combine(Destination, "posts/b/index.html")));

        var result = folder.Write([taken, added], []);

        Assert.Equal((2, 0, 0), (result.Written, result.Unchanged, result.Deleted));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("new", Read("a.html"));
        Assert.Equal("B", Read("posts/b/index.html"));
        Assert.False(Directory.Exists(Staging));
    }

    [Fact]
    public void PagesWithinTheBudgetKeepTheirBytesAndThoseBeyondItAreStaged()
    {
        using var folder = new DestinationFolder(Destination, null, budget: 8);

        var first = folder.Take("a.html", Bytes("12345"));
        var second = folder.Take("b.html", Bytes("678"));
        var beyond = folder.Take("c.html", Bytes("9"));

        Assert.Equal(["12345", "678"], [Encoding.UTF8.GetString(first.Content!), Encoding.UTF8.GetString(second.Content!)]);
        Assert.False(first.IsStaged || second.IsStaged);
        Assert.True(beyond.IsStaged);
        Assert.Equal(["c.html"], Directory.EnumerateFiles(Staging).Select(Path.GetFileName));

        var result = folder.Write([first, second, beyond], []);

        Assert.Equal(3, result.Written);
        Assert.Equal(["12345", "678", "9"], [Read("a.html"), Read("b.html"), Read("c.html")]);
    }

    [Fact]
    public void APageTakenThatTheDestinationHoldsIsLeftAloneWithItsTimestamp()
    {
        OutputWriter.Write(Destination, [OutputFile.Rendered("a.html", Bytes("same"))], []);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Destination, "a.html"), old);
        using var folder = new DestinationFolder(Destination, null);

        var taken = folder.Take("a.html", Bytes("same"));
        var result = folder.Write([taken], []);

        Assert.True(taken.IsKept);
        Assert.Equal((0, 1), (result.Written, result.Unchanged));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(Destination, "a.html")));
    }

    /// <summary>A build that stops between rendering and writing (an unexpected failure) leaves the old site, and no staging.</summary>
    [Fact]
    public void ABuildThatEndsBeforeItsWriteLeavesTheDestinationAsItWas()
    {
        OutputWriter.Write(Destination, [OutputFile.Rendered("a.html", Bytes("old"))], []);

        using (var folder = new DestinationFolder(Destination, null))
        {
            folder.Take("a.html", Bytes("new"));
            folder.Take("b.html", Bytes("B"));
        }

        Assert.Equal(["a.html"], _folder.OutputFiles());
        Assert.Equal("old", Read("a.html"));
        Assert.False(Directory.Exists(Staging));
    }

    /// <summary>A stop requested (SIGTERM, Ctrl+C) after pages were staged: no commit, the old site stays, staging goes with the folder.</summary>
    [Fact]
    public void AStopBeforeTheCommitLeavesTheOldSiteAndNoStaging()
    {
        OutputWriter.Write(Destination, [OutputFile.Rendered("a.html", Bytes("old"))], []);
        var guard = new CommitGuard();
        WriteResult result;

        using (var folder = new DestinationFolder(Destination, guard))
        {
            var taken = folder.Take("a.html", Bytes("new"));
            guard.Stop();
            result = folder.Write([taken, folder.Take("b.html", Bytes("B"))], []);
            Assert.True(Directory.Exists(Staging));
        }

        Assert.Equal(DiagnosticCodes.OutputWriteFailed, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(["a.html"], _folder.OutputFiles());
        Assert.Equal("old", Read("a.html"));
        Assert.False(Directory.Exists(Staging));
    }

    [Fact]
    public void APageTheFileSystemRefusesAsTooLongKeepsItsBytesAndTheWriteReportsIt()
    {
        var tooLong = "posts/" + new string('x', 300) + "/index.html";
        using var folder = new DestinationFolder(Destination, null);

        var refused = folder.Take(tooLong, Bytes("L"));
        var result = folder.Write([refused, folder.Take("a.html", Bytes("A"))], []);

        Assert.Equal("L", Encoding.UTF8.GetString(refused.Content!));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.OutputPathTooLong, tooLong), (error.Code, error.Path));
        Assert.Equal("A", Read("a.html"));
    }

    /// <summary>
    /// A file system that ignores case (macOS, Windows) takes <c>About.html</c> and <c>about.html</c> for one file: the
    /// second page finds the first one's staged file in its way. That file is not the second page's to remove: the
    /// first page's bytes stay staged, and the second keeps its own for the write to try and report.
    /// </summary>
    [Fact]
    public void APageThatFindsItsStagingPathTakenLeavesTheFileThereAlone()
    {
        using var folder = new DestinationFolder(Destination, null);

        var first = folder.Take("a.html", Bytes("first"));
        var second = folder.Take("a.html", Bytes("second"));

        Assert.True(first.IsStaged);
        Assert.Equal("second", Encoding.UTF8.GetString(second.Content!));
        Assert.Equal("first", File.ReadAllText(Path.Combine(Staging, "a.html")));
        Assert.Equal(1, folder.Write([first], []).Written);
        Assert.Equal("first", Read("a.html"));
    }

    [Fact]
    public void APageOutsideTheDestinationIsNotStagedAndTheWriteRefusesIt()
    {
        using var folder = new DestinationFolder(Destination, null);

        var outside = folder.Take("../escape.html", Bytes("x"));
        var result = folder.Write([outside], []);

        Assert.False(outside.IsStaged);
        Assert.Equal(DiagnosticCodes.PermalinkOutsideDestination, Assert.Single(result.Diagnostics).Code);
        Assert.False(File.Exists(Path.Combine(_folder.Root, "escape.html")));
    }

    [Fact]
    public void WhenStagingCannotBeOpenedPagesKeepTheirBytesAndTheWriteSaysWhy()
    {
        OutputWriter.Write(Destination, [OutputFile.Rendered("a.html", Bytes("old"))], []);
        // A file where the staging folder must go, as a full or read-only disk would make it fail.
        File.WriteAllText(Staging, "blocker");
        using var folder = new DestinationFolder(Destination, null);

        var held = folder.Take("a.html", Bytes("new"));
        var result = folder.Write([held], []);

        Assert.Equal("new", Encoding.UTF8.GetString(held.Content!));
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("old", Read("a.html"));
    }

    /// <summary>
    /// A commit a crash interrupted after its marker is finished when the folder is opened, before the build asks
    /// whether the destination holds a page: the answer is about the site the last build made.
    /// </summary>
    [Fact]
    public void ACommitACrashInterruptedIsFinishedBeforeAnyPageIsChecked()
    {
        OutputWriter.Write(Destination, [OutputFile.Rendered("a.html", Bytes("old"))], []);
        Directory.CreateDirectory(Staging);
        File.WriteAllText(Path.Combine(Staging, "a.html"), "committed");
        File.WriteAllLines(Path.Combine(Staging, "COMMIT"), ["M a.html"]);

        using var folder = new DestinationFolder(Destination, null);

        Assert.True(folder.Holds("a.html", XxHash128.HashToUInt128(Bytes("committed")), null, out _));
        Assert.Equal("committed", Read("a.html"));
    }

    public void Dispose() => _folder.Dispose();
}
