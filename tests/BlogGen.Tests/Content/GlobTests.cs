using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*.sh", "build.sh", true)]
    [InlineData("*.sh", "scripts/build.sh", true)]
    [InlineData("scripts/*.sh", "scripts/build.sh", true)]
    [InlineData("scripts/*.sh", "scripts/sub/build.sh", false)]
    [InlineData("scripts/**/*.sh", "scripts/sub/deep/build.sh", true)]
    [InlineData("scripts/**/*.sh", "scripts/build.sh", true)]
    [InlineData("?.md", "a.md", true)]
    [InlineData("?.md", "ab.md", false)]
    public void MatchesPaths(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(pattern, path));

    [Theory]
    [InlineData("src", "src/BlogGen/x.cs", true)]
    [InlineData("src/", "src", true)]
    [InlineData("./docs", "docs/index.md", true)]
    [InlineData("README.md", "README.md", true)]
    [InlineData("README.md", "docs/README.md", false)]
    [InlineData("src", "srcs/x", false)]
    [InlineData("*.bak", "a/b/c.bak", true)]
    public void ExcludeEntriesMatchThemselvesAndWhatIsUnder(string entry, string path, bool expected) =>
        Assert.Equal(expected, new ExcludeMatcher([entry]).Matches(path));
}
