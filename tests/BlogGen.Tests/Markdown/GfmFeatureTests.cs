using BlogGen.Content;
using BlogGen.Markdown;

namespace BlogGen.Tests.Markdown;

public sealed class GfmFeatureTests
{
    private static readonly MarkdownRenderer Renderer = new(TestUrlPolicy.IsSafe);

    public static TheoryData<string, string> Features => new()
    {
        {
            "| Left | Center | Right |\n|:-----|:------:|------:|\n| 1 | 2 | 3 |",
            """
            <table>
            <thead>
            <tr>
            <th style="text-align: left;">Left</th>
            <th style="text-align: center;">Center</th>
            <th style="text-align: right;">Right</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left;">1</td>
            <td style="text-align: center;">2</td>
            <td style="text-align: right;">3</td>
            </tr>
            </tbody>
            </table>

            """
        },
        {
            "- [x] done\n- [ ] todo",
            """
            <ul class="contains-task-list">
            <li class="task-list-item"><input disabled="disabled" type="checkbox" checked="checked" /> done</li>
            <li class="task-list-item"><input disabled="disabled" type="checkbox" /> todo</li>
            </ul>

            """
        },
        {
            "Claim[^1].\n\n[^1]: Source.",
            """
            <p>Claim<a id="fnref:1" href="#fn:1" class="footnote-ref"><sup>1</sup></a>.</p>
            <div class="footnotes">
            <hr />
            <ol>
            <li id="fn:1">
            <p>Source.<a href="#fnref:1" class="footnote-back-ref">&#8617;</a></p>
            </li>
            </ol>
            </div>

            """
        },
        { "~~gone~~ stays", "<p><del>gone</del> stays</p>\n" },
        {
            "See https://example.com/a?b=1 and www.example.com.",
            "<p>See <a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a> and <a href=\"http://www.example.com\">www.example.com</a>.</p>\n"
        },
        { "<https://example.com/x>", "<p><a href=\"https://example.com/x\">https://example.com/x</a></p>\n" },
        { "```text\nvar less = 1 < 2;\n```", "<pre><code class=\"language-text\">var less = 1 &lt; 2;\n</code></pre>\n" },
        { "\"Quotes\" -- and 'single' ... stay", "<p>&quot;Quotes&quot; -- and 'single' ... stay</p>\n" },
        {
            "<div class=\"x\" onclick=\"evil()\">\n<script>alert(1)</script>\n</div>",
            "<div class=\"x\" onclick=\"evil()\">\n<script>alert(1)</script>\n</div>\n"
        },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void Renders_CommonMark_with_the_GitHub_extensions(string markdown, string expectedHtml)
    {
        Assert.Equal(expectedHtml, Renderer.Marks.Strip(Renderer.Render(markdown).Html));
    }
}
