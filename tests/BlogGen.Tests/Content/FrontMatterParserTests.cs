using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Sources;
using BlogGen.Tests.TestSupport;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Content;

public class FrontMatterParserTests
{
    [Theory]
    [InlineData("---\ntitle: x\n---\n", true)]
    [InlineData("---   \ntitle: x\n---\n", true)]
    [InlineData("---\r\ntitle: x\r\n---\r\n", true)]
    [InlineData("\uFEFF---\ntitle: x\n---\n", true)]
    [InlineData("---", true)]
    [InlineData("--- \t", true)]
    [InlineData("----\ntitle: x\n---\n", false)]
    [InlineData(" ---\ntitle: x\n---\n", false)]
    [InlineData("--- title: x\n", false)]
    [InlineData("# Just Markdown\n", false)]
    [InlineData("", false)]
    [InlineData("...\n", false)]
    public void DetectsTheOpeningFence(string text, bool expected)
    {
        Assert.Equal(expected, FrontMatterParser.HasFrontMatter(text));
    }

    [Theory]
    [InlineData("---\ntitle: Hello\n---\nBody line\n", "Body line\n", 4)]
    [InlineData("---\ntitle: Hello\n...\nBody line\n", "Body line\n", 4)]
    [InlineData("---\ntitle: Hello\n---  \n\nBody\n", "\nBody\n", 4)]
    [InlineData("---\ntitle: Hello\n---", "", 4)]
    [InlineData("\uFEFF---\ntitle: Hello\n---\nBody", "Body", 4)]
    [InlineData("---\r\ntitle: Hello\r\ntags: [a]\r\n---\r\nBody\r\nmore\r\n", "Body\r\nmore\r\n", 5)]
    [InlineData("---\ntitle: Hello\n---\nBody\n---\nnot front matter: x\n", "Body\n---\nnot front matter: x\n", 4)]
    public void SplitsValuesFromTheBody(string text, string body, int bodyStartLine)
    {
        var result = FrontMatterParser.Parse(text, "_posts/a.md", Shanghai);

        Assert.False(result.Failed);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("string:Hello", Describe(result.Values["title"]));
        Assert.Equal(body, result.Body);
        Assert.Equal(bodyStartLine, result.BodyStartLine);
    }

    [Fact]
    public void EmptyFrontMatterIsAnEmptyMap()
    {
        var result = FrontMatterParser.Parse("---\n---\n# Page\n", "about.md", Shanghai);

        Assert.False(result.Failed);
        Assert.Empty(result.Values);
        Assert.Equal("# Page\n", result.Body);
        Assert.Equal(3, result.BodyStartLine);
    }

    [Fact]
    public void TextWithoutFrontMatterIsAllBody()
    {
        var result = FrontMatterParser.Parse("\uFEFF# Notes\n", "notes.md", Shanghai);

        Assert.False(result.Failed);
        Assert.Empty(result.Values);
        Assert.Equal("# Notes\n", result.Body);
        Assert.Equal(1, result.BodyStartLine);
    }

    [Fact]
    public void UnclosedFrontMatterIsReportedAtLineOne()
    {
        var result = FrontMatterParser.Parse("---\ntitle: x\n\nBody without a fence\n", "_posts/open.md", Shanghai);

        Assert.True(result.Failed);
        Assert.Equal(
            "_posts/open.md(1): error BG1001: front matter is never closed: add a line '---' after the last front matter key",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Empty(result.Values);
    }

    [Theory]
    [InlineData("---\ntitle: ok\nauthor: me\nbad: a: b\n---\nbody\n", 4)]
    [InlineData("---\r\ntitle: ok\r\nauthor: me\r\nbad: a: b\r\n---\r\nbody\r\n", 4)]
    [InlineData("---\ntitle: ok\n\ttags: x\n---\nbody\n", 3)]
    public void YamlErrorLinesCountTheOpeningFence(string text, int fileLine)
    {
        var result = FrontMatterParser.Parse(text, "_posts/bad.md", Shanghai);

        Assert.True(result.Failed);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterYamlError, diagnostic.Code);
        Assert.Equal("_posts/bad.md", diagnostic.Path);
        Assert.Equal(fileLine, diagnostic.Line);
    }

    [Fact]
    public void DuplicateKeyLineCountsTheOpeningFence()
    {
        var result = FrontMatterParser.Parse("---\ntitle: a\ntitle: b\n---\n", "_posts/dup.md", Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterDuplicateKey, 3), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("first on line 2", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListFrontMatterIsNotAMap()
    {
        var result = FrontMatterParser.Parse("---\n- a\n- b\n---\n", "_posts/list.md", Shanghai);

        Assert.True(result.Failed);
        Assert.Equal((DiagnosticCodes.FrontMatterNotMap, 2), (Assert.Single(result.Diagnostics).Code, result.Diagnostics[0].Line));
    }

    [Fact]
    public void SeedPostParses()
    {
        var text = SourceText.Decode(File.ReadAllBytes(RepositoryFiles.SeedPostPath), "_posts/000_60de0c3de778011c.txt", out var notText);
        Assert.Null(notText);

        var result = FrontMatterParser.Parse(text!, "_posts/000_60de0c3de778011c.txt", Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("string:特朗普与普京达成协议，启动终止战争谈判", Describe(result.Values["title"]));
        Assert.Equal("string:post", Describe(result.Values["layout"]));
        Assert.Equal("string:王 征", Describe(result.Values["author"]));
        Assert.Equal("string:https://cn.nikkei.com/politicsaeconomy/politicsasociety/58010-2025-02-13-08-55-52.html", Describe(result.Values["from"]));
        Assert.Equal("[string:日本経済新聞]", Describe(result.Values["tags"]));
        Assert.Equal("[string:日本経済新聞]", Describe(result.Values["categories"]));
        Assert.Equal(true, result.Values["comments"]);
        var date = Assert.IsType<DateTimeOffset>(result.Values["date"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1739404552000), date);
        Assert.Equal("2025-02-13T07:55:52.000+08:00", Iso(PostDates.ToSiteTime(date, Shanghai)));
        Assert.StartsWith("<!--1739404552000-->", result.Body, StringComparison.Ordinal);
        Assert.Equal(11, result.BodyStartLine);
    }
}
