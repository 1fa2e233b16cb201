using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>Scriban stops a template that calls itself without end; the message must say so in the user's terms, not Scriban's.</summary>
public sealed class RenderErrorMessageTests
{
    [Theory]
    [InlineData("looping", "ping", "pong")] // in a layout
    [InlineData("looping", "mirror", "mirror")] // in a layout, an include including itself
    [InlineData(null, "ping", "pong")] // in a post's Liquid
    public void An_include_that_loops_back_is_named_and_the_message_says_what_to_do(string? layout, string first, string second)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: Loops\n")
            .With("_layouts/looping.html", "<html><body>{% include " + first + ".html %}{{ content }}</body></html>")
            .With($"_includes/{first}.html", $"{first} {{% include {second}.html %}}")
            .With($"_includes/{second}.html", $"{second} {{% include {first}.html %}}")
            .With("_posts/2025-02-01-loop.md", layout is null
                ? "---\ntitle: Loop\n---\nBody {% include " + first + ".html %}\n"
                : $"---\ntitle: Loop\nlayout: {layout}\n---\nBody.\n");

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code is DiagnosticCodes.TemplateRenderError or DiagnosticCodes.ContentLiquidRenderedLiterally);
        Assert.Contains("includes itself, directly or through other includes", diagnostic.Message, StringComparison.Ordinal);
        Assert.Matches($"the include '({first}|{second}).html'", diagnostic.Message);
        Assert.Contains("remove the include that loops back", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jekyll_include", diagnostic.Message, StringComparison.Ordinal);
    }
}
