using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Templating;

/// <summary>
/// Liquid's truthiness, as Shopify's Liquid (and so Jekyll) has it: only <c>nil</c> and <c>false</c> are false; the empty
/// string, 0, empty lists and the text "false" are true. See Liquid's documentation, "Truthy and falsy".
/// </summary>
public sealed class LiquidTruthinessTests : IDisposable
{
    private const string PostPath = "_posts/2025-02-13-hello.md";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Site\n")
        .With(PostPath, "---\ntitle: Hello\nzero: 0\nblank: \"\"\n\"off\": false\nnone: []\nword: \"false\"\nnothing: null\n---\nBody\n");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> Values => new()
    {
        { "\"\"", "yes" },
        { "0", "yes" },
        { "\"false\"", "yes" },
        { "nil", "no" },
        { "false", "no" },
        { "true", "yes" },
        { "page.zero", "yes" },
        { "page.blank", "yes" },
        { "page.none", "yes" },
        { "page.word", "yes" },
        { "page.off", "no" },
        { "page.nothing", "no" },
        { "page.missing", "no" },
        { "page.zero and page.blank", "yes" },
        { "page.off or page.missing", "no" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Only_nil_and_false_are_false_in_a_liquid_layout(string condition, string expected)
    {
        _site.With("_layouts/x.html", $"{{% if {condition} %}}yes{{% else %}}no{{% endif %}}|{{% unless {condition} %}}no{{% else %}}yes{{% endunless %}}");
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderLayouts("", "x", setup.Page(PostPath), null, PostPath);

        Assert.Equal($"{expected}|{expected}", result.Output);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Only_nil_and_false_are_false_in_liquid_content(string condition, string expected)
    {
        var setup = TemplateSetup.Load(_site);

        var result = setup.Renderer.RenderContent($"{{% if {condition} %}}yes{{% else %}}no{{% endif %}}", PostPath, 10, setup.Page(PostPath));

        Assert.Equal(expected, result.Output);
    }
}
