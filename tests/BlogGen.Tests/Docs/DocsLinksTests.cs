using System.Text.RegularExpressions;

namespace BlogGen.Tests.Docs;

/// <summary>Relative links between the guide's pages lead to a page that exists and, with a fragment, to one of its headings.</summary>
public sealed partial class DocsLinksTests
{
    [Fact]
    public void EveryRelativeLinkFindsItsPageAndHeading()
    {
        var pages = GuidePages.Names();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            foreach (var (line, text) in GuidePages.ProseLines(page))
            {
                foreach (Match link in RelativeLink().Matches(CodeSpan().Replace(text, "")))
                {
                    if (link.Groups["page"].Length == 0 && link.Groups["fragment"].Length == 0)
                    {
                        continue;
                    }
                    checkedLinks++;
                    var target = link.Groups["page"].Value.Length == 0 ? page : link.Groups["page"].Value;
                    var fragment = link.Groups["fragment"].Value;
                    if (!pages.Contains(target, StringComparer.Ordinal))
                    {
                        broken.Add($"docs/{page}:{line}: {link.Value}: there is no docs/{target}");
                    }
                    else if (fragment.Length > 0 && !GuidePages.HeadingIds(target).Contains(Uri.UnescapeDataString(fragment)))
                    {
                        broken.Add($"docs/{page}:{line}: {link.Value}: docs/{target} has no heading with the id '{fragment}'");
                    }
                }
            }
        }

        Assert.Equal([], broken);
        Assert.True(checkedLinks > 20, $"only {checkedLinks} links found: the link pattern is broken");
    }

    [Theory]
    [InlineData("## `url` and `baseurl`", "url-and-baseurl")]
    [InlineData("## Dates and time zones", "dates-and-time-zones")]
    [InlineData("### BG0003", "bg0003")]
    [InlineData("## 中文标题的锚点", "中文标题的锚点")]
    [InlineData("## [Links](x.md) and more", "links-and-more")]
    public void HeadingIdsFollowGitHub(string heading, string id) =>
        Assert.Equal([id], GuidePages.HeadingIdsOf("Text\n\n```md\n# not a heading\n```\n" + heading + "\n"));

    [Fact]
    public void RepeatedHeadingsGetNumberedIds() =>
        Assert.Equal(["notes", "notes-1", "notes-2"], GuidePages.HeadingIdsOf("## Notes\n## Notes\n## Notes\n").Order(StringComparer.Ordinal));

    // [text](page.md), [text](page.md#id) and [text](#id); absolute URLs and other files are someone else's.
    [GeneratedRegex(@"\]\((?<page>[\w\-]+\.md)?(#(?<fragment>[^)\s]+))?\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();
}
