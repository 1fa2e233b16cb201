using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// SVG and MathML hold elements whose names are also HTML's. When a <c>&lt;math&gt;</c> (never kept) is taken away, what
/// was inside must not come out as HTML: a browser reading the page would make a live frame or drawing of it.
/// </summary>
public sealed class ForeignContentTests
{
    private static readonly HtmlFragmentSanitizer Sanitizer = new(SanitizePolicy.Default);

    [Theory]
    [InlineData("<p>a <math><iframe src=\"https://evil.example/x\"></iframe></math> b</p>", "<iframe")]
    [InlineData("<p>a <math><svg><use href=\"/x.svg#x\"/></svg></math> b</p>", "<use")]
    [InlineData("<p>a <math><svg><rect fill=\"url(https://evil.example/t)\"/></svg></math> b</p>", "evil.example")]
    [InlineData("<svg><foreignObject><math><iframe src=\"https://evil.example/x\"></iframe></math></foreignObject></svg>", "<iframe")]
    public void Nothing_inside_math_comes_out_as_html(string html, string absent)
    {
        var once = Sanitizer.Sanitize(html).Html;

        Assert.DoesNotContain(absent, once, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(once, Sanitizer.Sanitize(once).Html);
    }

    [Fact]
    public void The_words_of_a_formula_stay()
    {
        var result = Sanitizer.Sanitize("<p>Let <math><mi>x</mi><mo>+</mo><mi>y</mi></math> be even.</p>");

        Assert.Equal("<p>Let x+y be even.</p>", result.Html);
        Assert.Contains(result.Removals, removal => removal.Contains("<math>", StringComparison.Ordinal));
    }

    /// <summary>What the sanitizer writes, read again, is what it wrote: no element changes its kind on the way.</summary>
    [Fact]
    public void Sanitizing_twice_gives_what_sanitizing_once_gives_for_every_xss_vector()
    {
        var changed = XssCorpus.Vectors.Where(vector => !vector.IsMarkdown)
            .Select(vector => vector.Text.Replace("{ID}", vector.Id, StringComparison.Ordinal))
            .Select(html => (html, once: Sanitizer.Sanitize(html).Html))
            .Where(pair => Sanitizer.Sanitize(pair.once).Html != pair.once)
            .Select(pair => pair.html)
            .ToList();

        Assert.Empty(changed);
    }

    /// <summary>
    /// A mirrored page can hold thousands of tags or comments that never end: each is kept as text with the words
    /// around it (and the scan that finds their ends reads the page a bounded number of times, not once per tag).
    /// </summary>
    [Theory]
    [InlineData("<b x ")]
    [InlineData("<!-- ")]
    [InlineData("<!x ")]
    public void Thousands_of_unfinished_tags_keep_every_word(string unfinished)
    {
        var html = "<p>start</p>" + string.Concat(Enumerable.Repeat(unfinished + "word ", 20_000)) + "end";

        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Sanitizer.Sanitize(html).Html).Body!.TextContent;

        Assert.Equal(20_000, text.Split("word", StringSplitOptions.None).Length - 1);
        Assert.EndsWith("end", text.TrimEnd(), StringComparison.Ordinal);
    }
}
