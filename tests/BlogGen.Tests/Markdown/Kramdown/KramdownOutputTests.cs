using System.Text.RegularExpressions;

using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown.Kramdown;

/// <summary>
/// kramdown sites get kramdown's output. Each expected fragment was captured from Jekyll 4.3.1 (kramdown 2.4,
/// kramdown-parser-gfm, Rouge 3.30, Jekyll's default <c>kramdown:</c> settings) converting the same Markdown. Two
/// differences in form only are evened out before comparing: kramdown puts a blank line between blocks, and writes an
/// element's attributes in the order the attribute list gave them (Markdig writes <c>id</c> first).
/// </summary>
public sealed partial class KramdownOutputTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe, settings: MarkdownSettings.Kramdown);

    [Theory]
    [InlineData("\"Hello\" -- world --- it's ... 'single'", "<p>“Hello” – world — it’s … ‘single’</p>\n")]
    [InlineData("a << b >> c", "<p>a «\u00A0b\u00A0» c</p>\n")]
    [InlineData("\"*em*\" and \"`c`\"", "<p>“<em>em</em>” and “<code class=\"language-plaintext highlighter-rouge\">c</code>”</p>\n")]
    [InlineData("He said, \"'Quoted' words.\" ('paren')", "<p>He said, “‘Quoted’ words.” (‘paren’)</p>\n")]
    [InlineData("Rock 'n' roll's end'", "<p>Rock ‘n’ roll’s end’</p>\n")]
    [InlineData("5'10\" and the '90s, rock 'n' roll", "<p>5’10” and the ’90s, rock ‘n’ roll</p>\n")]
    [InlineData("Don't -- x---y \"a 'b' c\"", "<p>Don’t – x—y “a ‘b’ c”</p>\n")]
    public void Typographic_symbols_are_kramdowns(string markdown, string expected) => AssertKramdown(markdown, expected);

    /// <summary>kramdown's emphasis rule, not CommonMark's: each row's expected HTML is real kramdown's (2.4 with kramdown-parser-gfm and Jekyll's defaults).</summary>
    [Theory]
    [InlineData("*气13.*2%", "<p><em>气13.</em>2%</p>\n")]
    [InlineData("**董事会（**Redis", "<p><strong>董事会（</strong>Redis</p>\n")]
    [InlineData("中文*强调*中文", "<p>中文<em>强调</em>中文</p>\n")]
    [InlineData("中文**强调**中文", "<p>中文<strong>强调</strong>中文</p>\n")]
    [InlineData("（*a*）和**（b）**c", "<p>（<em>a</em>）和<strong>（b）</strong>c</p>\n")]
    [InlineData("中文_强调_中文", "<p>中文_强调_中文</p>\n")]
    [InlineData("a*b*c and a**b**c", "<p>a<em>b</em>c and a<strong>b</strong>c</p>\n")]
    [InlineData("*foo*bar and **foo**bar", "<p><em>foo</em>bar and <strong>foo</strong>bar</p>\n")]
    [InlineData("a_b_c and a__b__c", "<p>a_b_c and a__b__c</p>\n")]
    [InlineData("snake_case_name and __init__", "<p>snake_case_name and <strong>init</strong></p>\n")]
    [InlineData("_foo_bar_", "<p><em>foo_bar</em></p>\n")]
    [InlineData("1_a_ and é_x_ and x-_a_", "<p>1<em>a</em> and é_x_ and x-_a_</p>\n")]
    [InlineData("_a_. and _é_", "<p><em>a</em>. and <em>é</em></p>\n")]
    [InlineData("**foo*", "<p><em>*foo</em></p>\n")]
    [InlineData("***foo***", "<p><strong><em>foo</em></strong></p>\n")]
    [InlineData("***foo**", "<p><strong>*foo</strong></p>\n")]
    [InlineData("***foo*", "<p><em>**foo</em></p>\n")]
    [InlineData("*foo**", "<p>*foo**</p>\n")]
    [InlineData("*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>\n")]
    [InlineData("**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>\n")]
    [InlineData("_a __b__ c_", "<p><em>a <strong>b</strong> c</em></p>\n")]
    [InlineData("*a *b* c*", "<p><em>a *b</em> c*</p>\n")]
    [InlineData("**a **b** c**", "<p><strong>a **b</strong> c**</p>\n")]
    [InlineData("*foo *bar*", "<p><em>foo *bar</em></p>\n")]
    [InlineData("x *a*b* y", "<p>x <em>a</em>b* y</p>\n")]
    [InlineData("**a*b** and *a**b*", "<p><em>*a</em>b** and <em>a**b</em></p>\n")]
    [InlineData("*foo bar * and *a* *", "<p><em>foo bar * and *a</em> *</p>\n")]
    [InlineData("a * b * c and *a * b*", "<p>a * b * c and <em>a * b</em></p>\n")]
    [InlineData("** a** and **a **", "<p>** a** and **a **</p>\n")]
    [InlineData("*a\nb* and *a\n*b*", "<p><em>a\nb</em> and <em>a\n*b</em></p>\n")]
    [InlineData("**a\n\nb**", "<p>**a</p>\n\n<p>b**</p>\n")]
    [InlineData("*`x`* and *foo`*`*", "<p><em><code class=\"language-plaintext highlighter-rouge\">x</code></em> and <em>foo<code class=\"language-plaintext highlighter-rouge\">*</code></em></p>\n")]
    [InlineData("*[a*](u)", "<p>*<a href=\"u\">a*</a></p>\n")]
    [InlineData("~~a *b~~ c*", "<p><del>a *b</del> c*</p>\n")]
    [InlineData("*a ~~b* c~~", "<p>*a <del>b* c</del></p>\n")]
    [InlineData("\\*a* and *a\\*", "<p>*a* and *a*</p>\n")]
    [InlineData("*a*{: .c}", "<p><em class=\"c\">a</em></p>\n")]
    [InlineData("# A *b* c", "<h1 id=\"a-b-c\">A <em>b</em> c</h1>\n")]
    [InlineData("[*a*](u) and *[b](u)*", "<p><a href=\"u\"><em>a</em></a> and <em><a href=\"u\">b</a></em></p>\n")]
    [InlineData("cafe\u0301_x_ y", "<p>cafe\u0301<em>x</em> y</p>\n")]
    [InlineData("\u0e01\u0e48_x_ y", "<p>\u0e01\u0e48<em>x</em> y</p>\n")]
    [InlineData("\u0915\u093f_x_ y", "<p>\u0915\u093f_x_ y</p>\n")]
    [InlineData("\u0e01\u0e34_x_ y", "<p>\u0e01\u0e34_x_ y</p>\n")]
    public void Emphasis_opens_and_closes_where_kramdowns_does(string markdown, string expected) => AssertKramdown(markdown, expected);

    /// <summary>BlogGen's own sites keep CommonMark's emphasis.</summary>
    [Theory]
    [InlineData("*气13.*2%", "<p>*气13.*2%</p>\n")]
    [InlineData("**董事会（**Redis", "<p>**董事会（**Redis</p>\n")]
    [InlineData("*a *b* c*", "<p><em>a <em>b</em> c</em></p>\n")]
    public void BlogGen_sites_keep_commonmark_emphasis(string markdown, string expected) =>
        Assert.Equal(expected, new MarkdownRenderer(TestUrlPolicy.IsSafe).Render(markdown).Html);

    [Fact]
    public void Stray_marks_stay_text()
    {
        var markdown = string.Concat(Enumerable.Repeat("*a **b _c __d ", 2000));
        Assert.Equal("<p>" + markdown.TrimEnd() + "</p>\n", Renderer.Render(markdown).Html);
    }

    /// <summary>Each table cell is a span of its own (expected from real kramdown, which indents the table).</summary>
    [Theory]
    [InlineData("| *a | b* |\n|---|---|\n| **c** | _d_ |", "<table>\n  <thead>\n    <tr>\n      <th>*a</th>\n      <th>b*</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td><strong>c</strong></td>\n      <td><em>d</em></td>\n    </tr>\n  </tbody>\n</table>\n")]
    public void Emphasis_stays_within_a_table_cell(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    /// <summary>kramdown writes a no-break space into an empty cell, header or body (expected from real kramdown, which indents the table).</summary>
    [Theory]
    [InlineData("| | B |\n|--|--|\n| x | |\n", "<table>\n  <thead>\n    <tr>\n      <th>\u00A0</th>\n      <th>B</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>x</td>\n      <td>\u00A0</td>\n    </tr>\n  </tbody>\n</table>\n")]
    public void An_empty_table_cell_holds_a_no_break_space(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    [Theory]
    [InlineData("<!--1-->\n[Title](https://example.org/a)\n------\n\nText.", "<!--1-->\n<p><a href=\"https://example.org/a\">Title</a>\n——</p>\n\n<p>Text.</p>\n")]
    [InlineData("<!--1-->\n\n[Title](/a)\n------", "<!--1-->\n\n<h2 id=\"title\"><a href=\"/a\">Title</a></h2>\n")]
    public void An_underlined_header_right_under_an_HTML_block_is_a_paragraph(string markdown, string expected) => AssertKramdown(markdown, expected);

    /// <summary>kramdown ends an HTML element's block at its closing tag: a header or any Markdown right under it is read as Markdown (expected from real kramdown; indentation left out).</summary>
    [Theory]
    [InlineData("<div>x</div>\n# Title", "<div>x</div>\n<h1 id=\"title\">Title</h1>\n")]
    [InlineData("<div>\nx\n</div>\n# Title", "<div>\nx\n</div>\n<h1 id=\"title\">Title</h1>\n")]
    [InlineData("<p>para</p>\n# Title", "<p>para</p>\n<h1 id=\"title\">Title</h1>\n")]
    [InlineData("<div>x</div>\n## Two *em*", "<div>x</div>\n<h2 id=\"two-em\">Two <em>em</em></h2>\n")]
    [InlineData("<table><tr><td>x</td></tr></table>\n### T", "<table><tr><td>x</td></tr></table>\n<h3 id=\"t\">T</h3>\n")]
    [InlineData("<div>x</div>\n# Title\n<div>y</div>\n## Second", "<div>x</div>\n<h1 id=\"title\">Title</h1>\n<div>y</div>\n<h2 id=\"second\">Second</h2>\n")]
    [InlineData("<div>\n# Title\n</div>", "<div>\n# Title\n</div>\n")]
    [InlineData("<div>x\n# T\n</div>", "<div>x\n# T\n</div>\n")]
    [InlineData("<div><p>x</p>\n# T\n</div>", "<div><p>x</p>\n# T\n</div>\n")]
    [InlineData("> <div>x</div>\n> # T", "<blockquote>\n<div>x</div>\n<h1 id=\"t\">T</h1>\n</blockquote>\n")]
    [InlineData("<div>x</div>\ntext *em*", "<div>x</div>\n<p>text <em>em</em></p>\n")]
    [InlineData("<p>a</p>\n<p>b *c*</p>\nd *e*", "<p>a</p>\n<p>b *c*</p>\n<p>d <em>e</em></p>\n")]
    [InlineData("<div>x</div>\n- item", "<div>x</div>\n<ul>\n<li>item</li>\n</ul>\n")]
    [InlineData("<div>x</div>\n  text", "<div>x</div>\n<p>text</p>\n")]
    [InlineData("<div>x</div>\n    # code", "<div>x</div>\n<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code># code\n</code></pre></div></div>\n")]
    [InlineData("<div>\n<!-- <div> -->\n</div>\n*e*", "<div>\n<!-- <div> -->\n</div>\n<p><em>e</em></p>\n")]
    [InlineData("<section>\n<div>x</div>\n*e*\n</section>", "<section>\n<div>x</div>\n*e*\n</section>\n")]
    [InlineData("<div>x</div>\n#Title", "<div>x</div>\n<p>#Title</p>\n")]
    [InlineData("<div>x</div>\ntitle\n----", "<div>x</div>\n<p>title\n—-</p>\n")]
    [InlineData("<div>x</div>\n{: .a}\ntext *e*", "<div class=\"a\">x</div>\n<p>text <em>e</em></p>\n")]
    public void What_follows_an_html_element_is_markdown_again(string markdown, string expected) => AssertKramdown(markdown, expected);

    /// <summary>
    /// An element whose tag or a comment goes on over lines is still read to its end (the end of each HTML as real kramdown
    /// wrote it; kramdown also rewrites the tag itself on one line, which BlogGen leaves as written).
    /// </summary>
    [Theory]
    [InlineData("<iframe style=\"a\"\n        width=\"560\"\n        allowfullscreen>\n</iframe>\n*e*", "</iframe>\n<p><em>e</em></p>\n")]
    [InlineData("<div\n  class=\"x\">y</div>\n# T", "y</div>\n<h1 id=\"t\">T</h1>\n")]
    [InlineData("<div>x</div><!-- a\nb -->\n*e*", "b -->\n<p><em>e</em></p>\n")]
    [InlineData("<div>\n<!-- <div> -->\n</div>\n*e*", "</div>\n<p><em>e</em></p>\n")]
    [InlineData("<div>\n<!-- start\ncomment line\nend -->\n</div>\n# Title", "end -->\n</div>\n<h1 id=\"title\">Title</h1>\n")]
    [InlineData("<div>\nwhen x < y holds\nline two\n</div>\n# Title", "line two\n</div>\n<h1 id=\"title\">Title</h1>\n")]
    public void An_element_written_over_lines_ends_where_it_closes(string markdown, string end) =>
        Assert.EndsWith(end, Renderer.Marks.Strip(Renderer.Render(markdown).Html), StringComparison.Ordinal);

    /// <summary>
    /// Each line of a long HTML block is looked at once: a '&lt;' that starts no tag, or a comment left open, once made every
    /// later line go over all the lines before it again (8,000 lines took seconds, 16,000 most of a minute).
    /// </summary>
    [Theory]
    [InlineData("<div>\nwhen x < y holds\n", "</div>\n")]
    [InlineData("<div>\n<!-- commented out\n", "-->\n</div>\n")]
    [InlineData("<div>\n<span class=\"x\"\n", "</span></div>\n")]
    public void A_long_html_block_ends_where_it_closes(string start, string end)
    {
        var markdown = start + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"line {i} of a long block\n")) + end + "# Title\n";
        Assert.EndsWith("<h1 id=\"title\">Title</h1>\n", Renderer.Marks.Strip(Renderer.Render(markdown).Html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A para\n{: .lead}", "<p class=\"lead\">A para</p>\n")]
    [InlineData("A para\n{: #p1}", "<p id=\"p1\">A para</p>\n")]
    [InlineData("A para\n{: .lead #p1 title=\"t\"}", "<p class=\"lead\" id=\"p1\" title=\"t\">A para</p>\n")]
    [InlineData("*em*{: .c} and `code`{: .k}", "<p><em class=\"c\">em</em> and <code class=\"language-plaintext k highlighter-rouge\">code</code></p>\n")]
    [InlineData("[link](/x){: .button}", "<p><a href=\"/x\" class=\"button\">link</a></p>\n")]
    [InlineData("text{: .x} stays", "<p>text{: .x} stays</p>\n")]
    [InlineData("# Heading\n{: #custom}", "<h1 id=\"custom\">Heading</h1>\n")]
    [InlineData("## Title\n{: .big}", "<h2 class=\"big\" id=\"title\">Title</h2>\n")]
    [InlineData("x\n\n{: .next}\nPara", "<p>x</p>\n\n<p class=\"next\">Para</p>\n")]
    public void Attribute_lists_give_their_element_attributes(string markdown, string expected) => AssertKramdown(markdown, expected);

    [Theory]
    [InlineData("<div class=\"image\">\n  <a href=\"/x\">x</a>\n</div>{: .float--right }\n", "<div class=\"image float--right\">\n  <a href=\"/x\">x</a>\n</div>\n")]
    [InlineData("<div>\n  x\n</div>\n{: .note #n1}\n", "<div class=\"note\" id=\"n1\">\n  x\n</div>\n")]
    [InlineData("<div id=\"a\">x</div>{: .b title=\"t\"}\n", "<div id=\"a\" class=\"b\" title=\"t\">x</div>\n")]
    public void An_attribute_list_ending_an_html_block_goes_to_its_first_element(string markdown, string expected) => AssertKramdown(markdown, expected);

    [Theory]
    // kramdown wraps a definition after a blank line in <p>; BlogGen does not (the same text).
    [InlineData("REST\n\n: Representational state transfer.\n", "<dl>\n  <dt>REST</dt>\n  <dd>Representational state transfer.</dd>\n</dl>\n")]
    [InlineData("Term\n: One\n: Two\n", "<dl>\n  <dt>Term</dt>\n  <dd>One</dd>\n  <dd>Two</dd>\n</dl>\n")]
    public void Definition_lists_are_kramdowns(string markdown, string expected) =>
        Assert.Equal(BetweenTags().Replace(expected, "><"), BetweenTags().Replace(Renderer.Render(markdown).Html, "><"));

    [Theory]
    [InlineData("# It's \"Here\" -- now", "<h1 id=\"its-here--now\">It’s “Here” – now</h1>\n")]
    [InlineData("# Héllo Wörld 中文\n\n## Héllo Wörld 中文", "<h1 id=\"héllo-wörld-中文\">Héllo Wörld 中文</h1>\n\n<h2 id=\"héllo-wörld-中文-1\">Héllo Wörld 中文</h2>\n")]
    public void Heading_ids_are_kramdown_gfms(string markdown, string expected) => AssertKramdown(markdown, expected);

    [Theory]
    [InlineData("# Héllo Wörld 中文\n\n## Héllo Wörld 中文", "<h1 id=\"hllo-wrld-\">Héllo Wörld 中文</h1>\n\n<h2 id=\"hllo-wrld--1\">Héllo Wörld 中文</h2>\n")]
    [InlineData("# 1. Intro: the *best* part!", "<h1 id=\"intro-the-best-part\">1. Intro: the <em>best</em> part!</h1>\n")]
    [InlineData("# 中文", "<h1 id=\"section\">中文</h1>\n")]
    public void Heading_ids_with_kramdown_input_keep_ascii_only(string markdown, string expected)
    {
        var renderer = new MarkdownRenderer(TestUrlPolicy.IsSafe, settings: MarkdownSettings.Kramdown with { GfmInput = false });
        Assert.Equal(Normalized(expected), Normalized(renderer.Marks.Strip(renderer.Render(markdown).Html)));
    }

    [Theory]
    [InlineData("Price $5 and $10", "<p>Price $5 and $10</p>\n")]
    [InlineData("$$a+b$$ inline", "<p>\\(a+b\\) inline</p>\n")]
    [InlineData("$$\nx^2 < y\n$$", "\\[x^2 &lt; y\\]\n")]
    [InlineData("$$a_1 * b_2$$", "\\[a_1 * b_2\\]\n")]
    public void Math_gets_mathjax_delimiters(string markdown, string expected) => AssertKramdown(markdown, expected);

    [Theory]
    [InlineData("* toc\n{:toc}\n\n# A\n\n### C deep\n\n## B `code`\n\n## N\n{: .no_toc}\n\n# D\n\n## E *em*", "<ul id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a>    <ul>\n      <li><a href=\"#c-deep\" id=\"markdown-toc-c-deep\">C deep</a></li>\n      <li><a href=\"#b-code\" id=\"markdown-toc-b-code\">B <code class=\"language-plaintext highlighter-rouge\">code</code></a></li>\n    </ul>\n  </li>\n  <li><a href=\"#d\" id=\"markdown-toc-d\">D</a>    <ul>\n      <li><a href=\"#e-em\" id=\"markdown-toc-e-em\">E <em>em</em></a></li>\n    </ul>\n  </li>\n</ul>\n\n<h1 id=\"a\">A</h1>\n\n<h3 id=\"c-deep\">C deep</h3>\n\n<h2 id=\"b-code\">B <code class=\"language-plaintext highlighter-rouge\">code</code></h2>\n\n<h2 class=\"no_toc\" id=\"n\">N</h2>\n\n<h1 id=\"d\">D</h1>\n\n<h2 id=\"e-em\">E <em>em</em></h2>\n")]
    [InlineData("1. TOC\n{:toc}\n\n# A\n\n## B\n\n### C\n", "<ol id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a>    <ol>\n      <li><a href=\"#b\" id=\"markdown-toc-b\">B</a>        <ol>\n          <li><a href=\"#c\" id=\"markdown-toc-c\">C</a></li>\n        </ol>\n      </li>\n    </ol>\n  </li>\n</ol>\n\n<h1 id=\"a\">A</h1>\n\n<h2 id=\"b\">B</h2>\n\n<h3 id=\"c\">C</h3>\n")]
    [InlineData("1. x\n{:toc}\n\n## A", "<ol id=\"markdown-toc\">\n  <li><a href=\"#a\" id=\"markdown-toc-a\">A</a></li>\n</ol>\n\n<h2 id=\"a\">A</h2>\n")]
    [InlineData("# A `code` head\n\n* x\n{:toc}", "<h1 id=\"a-code-head\">A <code class=\"language-plaintext highlighter-rouge\">code</code> head</h1>\n\n<ul id=\"markdown-toc\">\n  <li><a href=\"#a-code-head\" id=\"markdown-toc-a-code-head\">A <code class=\"language-plaintext highlighter-rouge\">code</code> head</a></li>\n</ul>\n")]
    public void Toc_lists_the_headings_as_kramdown_does(string markdown, string expected) => AssertKramdown(markdown, expected);

    /// <summary>kramdown indents the element's inside; the comparison leaves indentation out.</summary>
    [Theory]
    [InlineData("<div markdown=\"1\">\n*hi*\n</div>", "<div>\n  <p><em>hi</em></p>\n</div>\n")]
    [InlineData("<div class=\"note\" markdown=\"1\">\n# In \"div\"\n</div>", "<div class=\"note\">\n  <h1 id=\"in-div\">In “div”</h1>\n</div>\n")]
    [InlineData("<div>\n*not markdown*\n</div>", "<div>\n*not markdown*\n</div>\n")]
    public void Markdown_inside_an_html_block_is_converted_when_asked(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    [Fact]
    public void Attribute_values_send_the_document_through_the_sanitizer()
    {
        Assert.False(Renderer.Render("A para\n{: .lead #p1}").ContainsRawHtml);
        Assert.True(Renderer.Render("A para\n{: onclick=\"alert(1)\"}").ContainsRawHtml);
    }

    /// <summary>
    /// Footnotes as kramdown writes them (expected from real kramdown; indentation left out): named by their label, numbered
    /// in the order first referred to, repeated references with their own ids and backlinks, a no-break space before each
    /// backlink in a paragraph, only kramdown's names (ASCII word characters and hyphens, case-sensitive), a <c>!</c> before a
    /// reference kept as text, and a definition's first line going on only with indented lines.
    /// </summary>
    [Theory]
    [InlineData("Text[^floats] and again[^floats].\n\n[^floats]: Float note.", "<p>Text<sup id=\"fnref:floats\" role=\"doc-noteref\"><a href=\"#fn:floats\" class=\"footnote\" rel=\"footnote\">1</a></sup> and again<sup id=\"fnref:floats:1\" role=\"doc-noteref\"><a href=\"#fn:floats\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:floats\" role=\"doc-endnote\">\n      <p>Float note.\u00A0<a href=\"#fnref:floats\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u00A0<a href=\"#fnref:floats:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("b[^b] then a[^a], b again[^b].\n\n[^a]: A.\n[^b]: B.", "<p>b<sup id=\"fnref:b\" role=\"doc-noteref\"><a href=\"#fn:b\" class=\"footnote\" rel=\"footnote\">1</a></sup> then a<sup id=\"fnref:a\" role=\"doc-noteref\"><a href=\"#fn:a\" class=\"footnote\" rel=\"footnote\">2</a></sup>, b again<sup id=\"fnref:b:1\" role=\"doc-noteref\"><a href=\"#fn:b\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:b\" role=\"doc-endnote\">\n      <p>B.\u00A0<a href=\"#fnref:b\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u00A0<a href=\"#fnref:b:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n    <li id=\"fn:a\" role=\"doc-endnote\">\n      <p>A.\u00A0<a href=\"#fnref:a\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("directory![^1] and ![^1](u) and ![^none]\n\n[^1]: One.", "<p>directory!<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> and !<sup id=\"fnref:1:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup>(u) and ![^none]</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>One.\u00A0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u00A0<a href=\"#fnref:1:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("ok[^a-b_c] cjk[^中] space[^b c] dash[^-x] case[^A]\n\n[^a-b_c]: Fine.\n\n[^中]: CJK.\n\n[^-x]: Dash.\n\n[^a]: Lower.", "<p>ok<sup id=\"fnref:a-b_c\" role=\"doc-noteref\"><a href=\"#fn:a-b_c\" class=\"footnote\" rel=\"footnote\">1</a></sup> cjk[^中] space[^b c] dash[^-x] case[^A]</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:a-b_c\" role=\"doc-endnote\">\n      <p>Fine.\u00A0<a href=\"#fnref:a-b_c\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("Multi[^m] code[^c] list[^l]\n\n[^m]: Para one.\n\n    Para two.\n\n[^c]:\n        code\n\n[^l]: Intro\n\n    * item", "<p>Multi<sup id=\"fnref:m\" role=\"doc-noteref\"><a href=\"#fn:m\" class=\"footnote\" rel=\"footnote\">1</a></sup> code<sup id=\"fnref:c\" role=\"doc-noteref\"><a href=\"#fn:c\" class=\"footnote\" rel=\"footnote\">2</a></sup> list<sup id=\"fnref:l\" role=\"doc-noteref\"><a href=\"#fn:l\" class=\"footnote\" rel=\"footnote\">3</a></sup></p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:m\" role=\"doc-endnote\">\n      <p>Para one.</p>\n\n      <p>Para two.\u00A0<a href=\"#fnref:m\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n    <li id=\"fn:c\" role=\"doc-endnote\">\n\n      <div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>code\n</code></pre></div></div>\n      <p><a href=\"#fnref:c\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n    <li id=\"fn:l\" role=\"doc-endnote\">\n      <p>Intro</p>\n\n      <ul>\n        <li>item</li>\n      </ul>\n      <p><a href=\"#fnref:l\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("x[^1] y[^2]\n\n[^1]: one\ntwo\n\n[^2]: a\n\n    b\nc", "<p>x<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> y<sup id=\"fnref:2\" role=\"doc-noteref\"><a href=\"#fn:2\" class=\"footnote\" rel=\"footnote\">2</a></sup></p>\n\n<p>two</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>one\u00A0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n    <li id=\"fn:2\" role=\"doc-endnote\">\n      <p>a</p>\n\n      <p>b\nc\u00A0<a href=\"#fnref:2\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("Unused only.\n\n[^u]: Never referred to.\n", "<p>Unused only.</p>\n\n")]
    public void Footnotes_are_kramdowns(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    /// <summary>
    /// Task lists as kramdown's GFM input makes them (expected from real kramdown; indentation left out): a box only at the
    /// start of an item and followed by a space, the text right after it, and <c>[X][X]</c> anywhere else a reference link.
    /// </summary>
    [Theory]
    [InlineData("- [x] done\n- [X] big\n- [ ]  two spaces\n- [x]no space\n- text [x] mid\n- [x]", "<ul class=\"task-list\">\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />done</li>\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />big</li>\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />two spaces</li>\n  <li class=\"task-list-item\">[x]no space</li>\n  <li class=\"task-list-item\">text [x] mid</li>\n  <li class=\"task-list-item\">[x]</li>\n</ul>\n")]
    [InlineData("1. [x] ordered", "<ol class=\"task-list\">\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />ordered</li>\n</ol>\n")]
    [InlineData("- plain\n- [x] later\n- [X][X] ref\n- [ ]\n  next line\n\n[X]: /x", "<ul class=\"task-list\">\n  <li>plain</li>\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />later</li>\n  <li class=\"task-list-item\"><a href=\"/x\">X</a> ref</li>\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />next line</li>\n</ul>\n\n")]
    [InlineData("- [S][XS] is the only child of [X][X].\n\n[X]: /x\n[XS]: /xs\n", "<ul>\n  <li><a href=\"/xs\">S</a> is the only child of <a href=\"/x\">X</a>.</li>\n</ul>\n\n")]
    public void Task_lists_are_kramdowns(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    /// <summary>
    /// An attribute list at the start of a list item gives the item its attributes, and the space after it goes (expected
    /// from real kramdown, indentation left out); a dot without a name (<c>{:.}</c>, as the table of contents include of
    /// the mediumish theme writes for no class) gives nothing. Anywhere else in an item without a span before it, it is text.
    /// </summary>
    [Theory]
    [InlineData("- {:.} [A](#a)\n- {:.foo} [B](#b)\n- {: .bar #i} C", "<ul>\n  <li><a href=\"#a\">A</a></li>\n  <li class=\"foo\"><a href=\"#b\">B</a></li>\n  <li class=\"bar\" id=\"i\">C</li>\n</ul>\n")]
    [InlineData("1. {:.x} one\n2. two {:.y}", "<ol>\n  <li class=\"x\">one</li>\n  <li>two {:.y}</li>\n</ol>\n")]
    public void An_attribute_list_at_the_start_of_a_list_item_is_the_items(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    /// <summary>
    /// kramdown's header ids, <c>{#id}</c> at the end of a header (expected from real kramdown; indentation left out): the
    /// header gets the id and the text loses it, the table of contents links it, an attribute list under it wins, and the
    /// forms kramdown does not read (<c>{#bb .cls}</c>, <c>{#1d}</c>, no space before, text after, an ATX closing <c>#</c>) stay text.
    /// </summary>
    [Theory]
    [InlineData("## Back to Top {#back-to-top-doc}", "<h2 id=\"back-to-top-doc\">Back to Top</h2>\n")]
    [InlineData("## A {#aa}\n\n## G {#gg} \n\n## M\t{#mm}\n\n## E {#e:f-g_h}\n\n## L {#a.b}", "<h2 id=\"aa\">A</h2>\n\n<h2 id=\"gg\">G</h2>\n\n<h2 id=\"mm\">M</h2>\n\n<h2 id=\"e:f-g_h\">E</h2>\n\n<h2 id=\"a.b\">L</h2>\n")]
    [InlineData("## B {#bb .cls}\n\n## C {: #cc .cls}\n\n## D {#1d}\n\n## F{#ff}\n\n## N {#nn} and more\n\n# H {#hh} #", "<h2 id=\"b-bb-cls\">B {#bb .cls}</h2>\n\n<h2 id=\"c--cc-cls\">C {: #cc .cls}</h2>\n\n<h2 id=\"d-1d\">D {#1d}</h2>\n\n<h2 id=\"fff\">F{#ff}</h2>\n\n<h2 id=\"n-nn-and-more\">N {#nn} and more</h2>\n\n<h1 id=\"h-hh\">H {#hh}</h1>\n")]
    [InlineData("Setext {#ss}\n------\n\n## I *em* {#ii}", "<h2 id=\"ss\">Setext</h2>\n\n<h2 id=\"ii\">I <em>em</em></h2>\n")]
    [InlineData("## J {#jj}\n{: .k}\n\n## K {#kk}\n{: #kk2}", "<h2 id=\"jj\" class=\"k\">J</h2>\n\n<h2 id=\"kk2\">K</h2>\n")]
    [InlineData("## P {#pp}\n\n## P {#pp}", "<h2 id=\"pp\">P</h2>\n\n<h2 id=\"pp\">P</h2>\n")]
    [InlineData("* TOC\n{:toc}\n\n## Back to Top {#top}\n\n## Other\n", "<ul id=\"markdown-toc\">\n  <li><a href=\"#top\" id=\"markdown-toc-top\">Back to Top</a></li>\n  <li><a href=\"#other\" id=\"markdown-toc-other\">Other</a></li>\n</ul>\n\n<h2 id=\"top\">Back to Top</h2>\n\n<h2 id=\"other\">Other</h2>\n")]
    public void Header_ids_are_kramdowns(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    /// <summary>
    /// An element with <c>markdown="1"</c> goes on over blank lines to its closing tag, a line starting with a span element
    /// is a paragraph, and an attribute list before an HTML block goes to its first element (expected from real kramdown;
    /// indentation left out).
    /// </summary>
    [Theory]
    [InlineData("<span class=\"x\">\n*em*\n</span>", "<p><span class=\"x\">\n<em>em</em>\n</span></p>\n")]
    [InlineData("<div markdown=\"1\">\n*a*\n\nb\n</div>", "<div>\n  <p><em>a</em></p>\n\n  <p>b</p>\n</div>\n")]
    [InlineData("<div class=\"code-example\" markdown=\"1\">\n<span class=\"fs-6\">\n[Big](u){: .btn }\n</span>\n\n<span class=\"fs-3\">\n[Tiny](u){: .btn }\n</span>\n</div>\n*after*", "<div class=\"code-example\">\n  <p><span class=\"fs-6\">\n<a href=\"u\" class=\"btn\">Big</a>\n</span></p>\n\n  <p><span class=\"fs-3\">\n<a href=\"u\" class=\"btn\">Tiny</a>\n</span></p>\n</div>\n<p><em>after</em></p>\n")]
    [InlineData("<div class=\"code-example\" markdown=\"1\">\nDefault label\n{: .label }\n</div>", "<div class=\"code-example\">\n  <p class=\"label\">Default label</p>\n</div>\n")]
    [InlineData("<a href=\"x\">link</a> *em*\n\n<button>b</button>\n", "<p><a href=\"x\">link</a> <em>em</em></p>\n\n<p><button>b</button></p>\n")]
    [InlineData("{: .x}\n<div>a</div>\n\n{: .y}\n\n<p>b</p>", "<div class=\"x\">a</div>\n\n<p class=\"y\">b</p>\n")]
    [InlineData("{: .important }\n> {: .opaque }\n> <div markdown=\"block\">\n> {: .warning }\n> A paragraph\n> </div>\n", "<blockquote class=\"important\">\n  <div class=\"opaque\">\n    <p class=\"warning\">A paragraph</p>\n  </div>\n</blockquote>\n")]
    [InlineData("<div class=\"code-example\" markdown=\"1\">\nLorem `<inline code snippet>` x.\n\n## Heading with `<inline code snippet>` in it.\n{: .no_toc }\n</div>\n```markdown\nLorem\n```\n\n---\n", "<div class=\"code-example\">\n  <p>Lorem <code class=\"language-plaintext highlighter-rouge\">&lt;inline code snippet&gt;</code> x.</p>\n\n  <h2 class=\"no_toc\" id=\"heading-with-inline-code-snippet-in-it\">Heading with <code class=\"language-plaintext highlighter-rouge\">&lt;inline code snippet&gt;</code> in it.</h2>\n</div>\n<div class=\"language-markdown highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>Lorem\n</code></pre></div></div>\n\n<hr />\n")]
    public void Html_blocks_end_where_kramdowns_do(string markdown, string expected) =>
        AssertKramdownUnindented(markdown, expected);

    /// <summary>
    /// An element's closing tag further on but not on a line of its own (in code, another element's, after text) does not
    /// carry it over blank lines: its Markdown is converted as kramdown converts it, never left as raw text.
    /// </summary>
    [Theory]
    [InlineData("<div markdown=\"1\">\nIntro *a*.\n\n## Section\n\nPara with `</div>` in code.\n\nMore *b*.\n")]
    [InlineData("<div markdown=\"1\">\nIntro *a*.\n\n## Section\n\nMore *b*.\n\n<div class=\"x\">y</div>\n\nLast *c*.\n")]
    [InlineData("<div markdown=\"1\">\nPara *a*.\n\n## Section\n\nPara *b*.</div>\n")]
    public void A_markdown_element_not_closed_on_a_line_of_its_own_keeps_its_markdown(string markdown)
    {
        var html = Renderer.Marks.Strip(Renderer.Render(markdown).Html);

        Assert.Contains("<h2 id=\"section\">Section</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<em>b</em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("*b*", html, StringComparison.Ordinal);
    }

    /// <summary>A document of elements never closed looks for a closing line once, not once for each element.</summary>
    [Fact]
    public void Thousands_of_markdown_elements_never_closed_are_read_once()
    {
        var markdown = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<div markdown=\"1\">\nline *{i}*\n\n"));

        Assert.Contains("line *49999*", Renderer.Marks.Strip(Renderer.Render(markdown).Html), StringComparison.Ordinal);
    }

    /// <summary>kramdown would make the rest of the text HTML; BlogGen ends the element at a blank line, so an unclosed tag loses no Markdown.</summary>
    [Fact]
    public void A_markdown_element_never_closed_ends_at_a_blank_line() =>
        Assert.Equal("<div markdown=\"1\">\na\n<p><em>b</em></p>\n", Renderer.Marks.Strip(Renderer.Render("<div markdown=\"1\">\na\n\n*b*\n").Html));

    private static void AssertKramdown(string markdown, string expected) =>
        Assert.Equal(Normalized(expected), Normalized(Renderer.Marks.Strip(Renderer.Render(markdown).Html)));

    /// <summary>As <see cref="AssertKramdown"/>, for HTML real kramdown indents (tables, lists, footnotes, elements with Markdown inside).</summary>
    private static void AssertKramdownUnindented(string markdown, string expected) =>
        Assert.Equal(Unindented(Normalized(expected)), Unindented(Normalized(Renderer.Marks.Strip(Renderer.Render(markdown).Html))));

    private static string Unindented(string html) => string.Join('\n', html.Split('\n').Select(line => line.TrimStart(' ')));

    /// <summary>Blank lines between blocks dropped; each start tag's attributes in name order.</summary>
    private static string Normalized(string html) =>
        StartTag().Replace(html.Replace("\n\n", "\n", StringComparison.Ordinal), tag =>
            tag.Groups["name"].Value + string.Concat(tag.Groups["attribute"].Captures.Select(c => c.Value).Order(StringComparer.Ordinal)) + ">");

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();

    [GeneratedRegex("""(?<name><[a-z0-9]+)(?<attribute>\s+[\w:-]+="[^"]*")*\s*>""")]
    private static partial Regex StartTag();
}
