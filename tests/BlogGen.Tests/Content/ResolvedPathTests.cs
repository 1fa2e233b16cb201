using BlogGen.Content;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Content;

public sealed class ResolvedPathTests : IDisposable
{
    private readonly TempSite _folder = new();

    private string Root => _folder.Root;

    [Fact]
    public void FollowsLinksAnywhereInThePathAndKeepsWhatDoesNotExistYet()
    {
        Directory.CreateDirectory(Path.Combine(Root, "real", "blog"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "up"), "real");
        Directory.CreateSymbolicLink(Path.Combine(Root, "real", "again"), "../up/blog");

        Assert.Equal(Path.Combine(Root, "real", "blog", "new", "x"), ResolvedPath.Of(Path.Combine(Root, "up", "again", "new", "x")));
        Assert.Equal(Path.Combine(Root, "real", "blog"), ResolvedPath.Of(Path.Combine(Root, "up", "blog") + "/"));
    }

    [Fact]
    public void ALinkLoopEndsInsteadOfHanging()
    {
        Directory.CreateSymbolicLink(Path.Combine(Root, "a"), "b");
        Directory.CreateSymbolicLink(Path.Combine(Root, "b"), "a");

        Assert.StartsWith(Root, ResolvedPath.Of(Path.Combine(Root, "a", "x")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("link", "site", true)]
    [InlineData("site", "link", true)]
    [InlineData("parent-link/site", "site", true)]
    [InlineData("parent-link", "site", true)]
    [InlineData("link/_site", "site", false)]
    [InlineData("other", "link", false)]
    public void SameOrInsideSeesThroughLinks(string folder, string path, bool expected)
    {
        Directory.CreateDirectory(Path.Combine(Root, "site"));
        Directory.CreateDirectory(Path.Combine(Root, "other"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "link"), "site");
        Directory.CreateSymbolicLink(Path.Combine(Root, "parent-link"), Root);

        Assert.Equal(expected, SourceScanner.IsSameOrInside(Path.Combine(Root, path), Path.Combine(Root, folder)));
    }

    public void Dispose() => _folder.Dispose();
}
