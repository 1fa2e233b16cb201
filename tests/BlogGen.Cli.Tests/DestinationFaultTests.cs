namespace BlogGen.Cli.Tests;

/// <summary>A destination that cannot be written (read-only, no permission, inside a file, full): a clear error
/// naming it, exit code 1, and the previous output exactly as it was.</summary>
public sealed class DestinationFaultTests : IDisposable
{
    private const int Posts = 20;
    private readonly VersionedSite site = new(paragraphs: 3);
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public DestinationFaultTests()
    {
        Directory.CreateDirectory(scratch);
        site.WriteVersion(1, 0, Posts);
    }

    private string Destination => Path.Combine(scratch, "site");

    [Fact]
    public void AReadOnlyFileSystemIsNamedAndLeftAlone()
    {
        var previous = BuildVersion1(Destination);
        site.WriteVersion(2, 0, Posts);
        var d = ShellScript.Quote(Destination);

        var result = ShellScript.Run($"mount --bind {d} {d} && mount -o remount,bind,ro {d} && {BuildCommand(Destination)}", privateMounts: true);

        AssertRefused(result, Destination, "the destination is on a read-only file system (Read-only file system");
        Assert.Empty(OutputSnapshot.Differences(previous, OutputSnapshot.Take(Destination)));
    }

    [Fact]
    public void AFolderWithoutWritePermissionIsNamedAndLeftAlone()
    {
        var previous = BuildVersion1(Destination);
        site.WriteVersion(2, 0, Posts);
        var d = ShellScript.Quote(Destination);
        // Root writes whatever the permissions say, so as root the build runs as the unprivileged user 'nobody'.
        var asNobody = ShellScript.IsRoot ? "HOME=/tmp setpriv --reuid=65534 --regid=65534 --clear-groups " : "";

        var result = ShellScript.Run($"chmod 555 {d}; {asNobody}{BuildCommand(Destination)}; code=$?; chmod 755 {d}; exit $code", privateMounts: false);

        AssertRefused(result, Destination, $"permission denied (Access to the path '{Destination}/.bloggen-staging' is denied)");
        Assert.Empty(OutputSnapshot.Differences(previous, OutputSnapshot.Take(Destination)));
    }

    [Fact]
    public void ADestinationInsideAFileIsNamedAndNothingIsCreated()
    {
        var blocker = Path.Combine(scratch, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var destination = Path.Combine(blocker, "site");

        var result = BloggenProcess.Run(scratch, null, "build", "--source", site.Root, "--destination", destination);

        AssertRefused(result, destination, "a file or folder could not be created (");
        Assert.Equal("not a folder", File.ReadAllText(blocker));
    }

    [Fact]
    public void AFullDiskIsNamedTheStagedFilesGoAndTheNextBuildAfterFreeingSpaceIsClean()
    {
        var cleanVersion1 = BuildVersion1(Path.Combine(scratch, "clean-1"));
        using var version2 = new VersionedSite(paragraphs: 3);
        version2.WriteVersion(2, 0, Posts);
        var cleanVersion2 = Path.Combine(scratch, "clean-2");
        Assert.Equal(0, BloggenProcess.Run(scratch, null, "build", "--quiet", "--source", version2.Root, "--destination", cleanVersion2).ExitCode);
        var disk = Path.Combine(scratch, "disk");
        var destination = Path.Combine(disk, "site");
        Directory.CreateDirectory(disk);
        var (d, s) = (ShellScript.Quote(disk), ShellScript.Quote(scratch));
        var buildVersion2 = $"{ShellScript.Bloggen} build --source {ShellScript.Quote(version2.Root)} --destination {ShellScript.Quote(destination)}";

        // All in one private mount namespace: a 4 MB tmpfs holds version 1, a filler leaves 16 KB free for version 2.
        var result = ShellScript.Run($"""
            mount -t tmpfs -o size=4m tmpfs {d} || exit 90
            {BuildCommand(destination)} --quiet || exit 91
            dd if=/dev/zero of={d}/filler bs=64k 2>/dev/null
            truncate -s -16K {d}/filler
            {buildVersion2}
            echo "exit code $?"
            cp -a {ShellScript.Quote(destination)} {s}/after-full
            rm {d}/filler
            {buildVersion2} --quiet || exit 92
            cp -a {ShellScript.Quote(destination)} {s}/after-freeing
            """, privateMounts: true);

        Assert.True(result.ExitCode == 0, $"the script failed ({result.ExitCode}):\n{result.Stdout}\n{result.Stderr}");
        Assert.Contains("exit code 1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{destination}: error BG4001: cannot write the site into {destination}: the disk is full (No space left on device : '{destination}/.bloggen-staging/",
            result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"The site was not written, and nothing in {destination} was changed", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(scratch, "after-full", ".bloggen-staging")));
        Assert.Empty(OutputSnapshot.Differences(cleanVersion1, OutputSnapshot.Take(Path.Combine(scratch, "after-full"))));
        Assert.Empty(OutputSnapshot.Differences(OutputSnapshot.Take(cleanVersion2), OutputSnapshot.Take(Path.Combine(scratch, "after-freeing"))));
    }

    [Fact]
    public void ACommitThatFailsHalfwayIsNamedAndTheNextBuildFinishesIt()
    {
        // A kept file stands where the posts' folder must go: staging works, moving into place cannot.
        site.Write("_config.yml", "title: Versioned\nurl: https://example.org\nkeep_files: ['2025']\n");
        var clean = BuildVersion1(Path.Combine(scratch, "clean"));
        Directory.CreateDirectory(Destination);
        File.WriteAllText(Path.Combine(Destination, "2025"), "kept");

        var failed = BloggenProcess.Run(scratch, null, "build", "--source", site.Root, "--destination", Destination);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"{Destination}: error BG4010: the new site was only partly moved into {Destination}: a file or folder could not be created (",
            failed.Stderr, StringComparison.Ordinal);
        Assert.EndsWith($"The site was only partly written into {Destination}: fix the error above and build again to finish it\n", failed.Stdout, StringComparison.Ordinal);
        File.Delete(Path.Combine(Destination, "2025"));
        Assert.Equal(0, BloggenProcess.Run(scratch, null, "build", "--quiet", "--source", site.Root, "--destination", Destination).ExitCode);
        Assert.Empty(OutputSnapshot.Differences(clean, OutputSnapshot.Take(Destination)));
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    private SortedDictionary<string, byte[]> BuildVersion1(string destination)
    {
        var result = BloggenProcess.Run(scratch, null, "build", "--quiet", "--source", site.Root, "--destination", destination);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return OutputSnapshot.Take(destination);
    }

    private string BuildCommand(string destination) =>
        $"{ShellScript.Bloggen} build --source {ShellScript.Quote(site.Root)} --destination {ShellScript.Quote(destination)}";

    private static void AssertRefused(BloggenProcess.Result result, string destination, string reason)
    {
        Assert.True(result.ExitCode == 1, $"exit code {result.ExitCode}\n{result.Stdout}\n{result.Stderr}");
        Assert.Contains($"{destination}: error BG4001: cannot write the site into {destination}: {reason}", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith($"The site was not written, and nothing in {destination} was changed\n", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(destination, ".bloggen-staging")));
    }
}
