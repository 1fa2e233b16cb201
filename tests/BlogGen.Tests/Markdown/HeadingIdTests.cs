using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown;

public sealed class HeadingIdTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    public static TheoryData<string, string> Ids => new()
    {
        { "## 特朗普：立即启动谈判", "特朗普立即启动谈判" },
        { "## 美国总统特朗普（Reuters）", "美国总统特朗普reuters" },
        { "# 日本経済新聞（中文版：日经中文网）", "日本経済新聞中文版日经中文网" },
        { "## 持续接触 探讨面对面会谈", "持续接触-探讨面对面会谈" },
        { "## 한국어 제목", "한국어-제목" },
        { "## Hello, World!", "hello-world" },
        { "## C# 与 .NET 10", "c-与-net-10" },
        { "## ASP.NET Core 与 Kestrel：入门", "aspnet-core-与-kestrel入门" },
        { "### snake_case and kebab-case", "snake_case-and-kebab-case" },
        { "## Two  spaces", "two--spaces" },
        { "## Ünïcödé Çafé", "ünïcödé-çafé" },
        { "## Ｆｕｌｌ　width", "ｆｕｌｌwidth" },
        { "## Emoji 🚀 launch", "emoji--launch" },
        { "## 𠀀 extension B", "𠀀-extension-b" },
        { "## `code` *emph* **strong** ~~gone~~", "code-emph-strong-gone" },
        { "## a <kbd>Ctrl</kbd> b", "a-ctrl-b" },
        { "## &amp; entities &copy; 2025", "-entities--2025" },
        { "## [Linked](https://example.com) title", "linked-title" },
        { "## ![alt text](/a.png) image", "alt-text-image" },
        { "## Closed ##", "closed" },
        { "## ！？。", "section" },
        { "Setext Title\n============", "setext-title" },
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Heading_id_follows_GitHub_and_keeps_non_ASCII_letters(string markdown, string expectedId)
    {
        var result = Renderer.Render(markdown);

        Assert.Equal(expectedId, Assert.Single(result.Headings).Id);
        Assert.Contains($" id=\"{expectedId}\">", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cjk_heading_renders_with_its_text_as_id()
    {
        var result = Renderer.Render("## 特朗普：立即启动谈判");

        Assert.Equal("<h2 id=\"特朗普立即启动谈判\">特朗普：立即启动谈判</h2>\n", result.Html);
        Assert.Equal([new HeadingInfo(2, "特朗普立即启动谈判", "特朗普：立即启动谈判")], result.Headings);
    }

    [Fact]
    public void Setext_heading_made_of_a_link_takes_its_id_from_the_link_text()
    {
        const string Markdown = "[特朗普与普京达成协议，启动终止战争谈判](https://cn.nikkei.com/58010.html)\n------\n";

        var result = Renderer.Render(Markdown);

        Assert.Equal(
            "<h2 id=\"特朗普与普京达成协议启动终止战争谈判\"><a href=\"https://cn.nikkei.com/58010.html\">特朗普与普京达成协议，启动终止战争谈判</a></h2>\n",
            result.Html);
        Assert.Equal([new HeadingInfo(2, "特朗普与普京达成协议启动终止战争谈判", "特朗普与普京达成协议，启动终止战争谈判")], result.Headings);
    }

    [Fact]
    public void Footnote_marker_is_not_part_of_the_heading_text()
    {
        var result = Renderer.Render("## Title[^1]\n\n[^1]: The note.");

        Assert.Equal([new HeadingInfo(2, "title", "Title")], result.Headings);
    }

    [Fact]
    public void Duplicate_headings_get_numbered_suffixes_that_never_collide()
    {
        const string Markdown = """
            # Intro
            ## Intro
            ## Intro
            ## Intro 1
            ## Intro-1
            ## 中文
            ## 中文
            ## ！
            ## ？
            > ## Intro
            - ## 中文
            """;

        var result = Renderer.Render(Markdown);

        Assert.Equal(
            [
                new HeadingInfo(1, "intro", "Intro"),
                new HeadingInfo(2, "intro-1", "Intro"),
                new HeadingInfo(2, "intro-2", "Intro"),
                new HeadingInfo(2, "intro-1-1", "Intro 1"),
                new HeadingInfo(2, "intro-1-2", "Intro-1"),
                new HeadingInfo(2, "中文", "中文"),
                new HeadingInfo(2, "中文-1", "中文"),
                new HeadingInfo(2, "section", "！"),
                new HeadingInfo(2, "section-1", "？"),
                new HeadingInfo(2, "intro-3", "Intro"),
                new HeadingInfo(2, "中文-2", "中文"),
            ],
            result.Headings);
        Assert.Equal(result.Headings.Count, result.Headings.Select(heading => heading.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generated_suffix_skips_an_id_an_earlier_heading_took_by_its_own_text()
    {
        var result = Renderer.Render("## Foo-1\n## Foo\n## Foo\n");

        Assert.Equal(["foo-1", "foo", "foo-2"], result.Headings.Select(heading => heading.Id));
        Assert.Equal(
            "<h2 id=\"foo-1\">Foo-1</h2>\n<h2 id=\"foo\">Foo</h2>\n<h2 id=\"foo-2\">Foo</h2>\n",
            result.Html);
    }

    [Fact]
    public void Ids_are_unique_per_document_not_per_renderer()
    {
        Renderer.Render("## Again");

        Assert.Equal("again", Assert.Single(Renderer.Render("## Again").Headings).Id);
    }

    [Fact]
    public void Document_without_headings_has_an_empty_heading_list()
    {
        Assert.Empty(Renderer.Render("Just a paragraph.").Headings);
    }
}
