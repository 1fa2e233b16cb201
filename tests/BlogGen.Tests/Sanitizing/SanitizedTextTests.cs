using BlogGen.Content;
using BlogGen.Sanitizing;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// A sanitized body's readable text is read off the document the sanitizer parsed, instead of parsing its HTML again:
/// it must be exactly the text <see cref="PlainText.FromHtml"/> reads from the HTML the sanitizer wrote, for mis-nested,
/// unclosed and hostile HTML too, or search and descriptions would change with the way a body was converted.
/// </summary>
public sealed class SanitizedTextTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);

    public static TheoryData<string> Fragments => new()
    {
        SeedPostFragment.Html,
        File.ReadAllText(RepositoryFiles.PathOf("tests", "fixtures", "xss", "legitimate.txt")),
        // What the sanitizer unwraps or removes, where a parse of its output could build another tree.
        "<p>a<object><div>b</div></object>c</p>",
        "<table><tr>stray<td>cell</td>after</tr></table>",
        "<table><form><tr><td>x</td></tr></form></table>y",
        "<p>one<font><p>two</font>three",
        "<ul><li>a<center><li>b</center></ul>",
        "<select><option>hidden</option></select>shown",
        "<noscript><p>fallback</p></noscript>text",
        "<template><p>inert</p></template>text",
        "<pre>\n\nleading newline</pre>",
        "<textarea>\nfield</textarea>after",
        "<svg><title>t</title><text>drawn</text></svg>words",
        "<math><mi>x</mi></math> and <b>bold",
        "<a href=\"javascript:alert(1)\">link <i>text</i></a>",
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Text_read_off_the_sanitized_document_is_the_text_of_its_html(string html)
    {
        var sanitized = Sanitizer.Sanitize(html);

        Assert.NotNull(sanitized.Text);
        Assert.Equal(PlainText.FromHtml(sanitized.Html), sanitized.Text);
    }

    [Fact]
    public void Every_vector_of_the_xss_corpus_gives_the_same_text_either_way()
    {
        var differing = XssCorpus.Vectors
            .Select(vector => (vector.Id, Result: Sanitizer.Sanitize(vector.Text)))
            .Where(checkedVector => checkedVector.Result.Text != PlainText.FromHtml(checkedVector.Result.Html))
            .Select(checkedVector => checkedVector.Id)
            .ToList();

        Assert.True(XssCorpus.Vectors.Count > 100, $"the corpus should hold hundreds of vectors, found {XssCorpus.Vectors.Count}");
        Assert.Empty(differing);
    }

    /// <summary>
    /// Tables nested within the depth limit as written, but deeper once the parser adds each one's <c>&lt;tbody&gt;</c>
    /// and <c>&lt;tr&gt;</c>: the HTML written out has its deepest tags dropped when read again, so its text is not the
    /// tree's ("leftright", not "left right"), and the sanitizer leaves the text to be read from the HTML.
    /// </summary>
    [Fact]
    public void A_tree_nested_deeper_than_its_html_leaves_its_text_to_be_read_from_the_html()
    {
        var html = string.Concat(Enumerable.Repeat("<table><td>", 120)) + "<td>left</td><td>right</td>"
            + string.Concat(Enumerable.Repeat("</td></table>", 120));

        var sanitized = Sanitizer.Sanitize(html);

        Assert.Null(sanitized.Text);
        Assert.Contains("<td>left</td><td>right</td>", sanitized.Html, StringComparison.Ordinal);
        Assert.Equal("leftright", PlainText.FromHtml(sanitized.Html));
    }

    [Fact]
    public void Sanitizing_turned_off_reads_no_text()
    {
        var off = new HtmlFragmentSanitizer(SanitizePolicy.Default with { Enabled = false });

        Assert.Null(off.Sanitize("<p>kept as written</p>").Text);
    }
}
