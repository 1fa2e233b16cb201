using BlogGen.Diagnostics;
using BlogGen.Sanitizing;

namespace BlogGen.Tests.Sanitizing;

/// <summary>The <c>sanitize:</c> map of _config.yml, as the Configuration stage hands it over.</summary>
public sealed class SanitizePolicyConfigTests
{
    private const string ConfigPath = "_config.yml";

    private const string SealedFrame =
        "sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\" allow=\"autoplay; encrypted-media; fullscreen; picture-in-picture\" " +
        "loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"";

    [Fact]
    public void No_section_is_the_default_policy()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Equal(SanitizePolicy.Default, SanitizePolicy.FromConfig(null, ConfigPath, diagnostics));
        Assert.Equal(SanitizePolicy.Default, SanitizePolicy.FromConfig(new Dictionary<string, object?>(), ConfigPath, diagnostics));
        Assert.Empty(diagnostics);
    }

    public static TheoryData<string, Dictionary<string, object?>, string, string, string> Changes => new()
    {
        {
            "embeds: replaces the list of players whose frames are kept",
            Map(("embeds", List("https://Player.Example.org/embed/"))),
            "<iframe src=\"https://player.example.org/embed/1\" allowfullscreen></iframe><iframe src=\"https://player.example.org/other\"></iframe>",
            "",
            $"<iframe src=\"https://player.example.org/embed/1\" {SealedFrame}></iframe>"
        },
        {
            "an empty embeds list keeps no frame",
            Map(("embeds", List())),
            "<iframe src=\"https://www.youtube.com/embed/x\" allowfullscreen frameborder=\"0\" allow=\"camera; microphone\"></iframe>",
            $"<iframe src=\"https://www.youtube.com/embed/x\" {SealedFrame}></iframe>",
            ""
        },
        {
            "a single name counts as a list of one",
            Map(("allow_elements", "center")),
            "<center>c</center>",
            "c",
            "<center>c</center>"
        },
        {
            "remove_elements takes out a default",
            Map(("remove_elements", List("img"))),
            "<p>a<img src=\"/a.png\">b</p>",
            "<p>a<img src=\"/a.png\">b</p>",
            "<p>ab</p>"
        },
        {
            "remove_attributes takes out a default",
            Map(("remove_attributes", List("style", "class"))),
            "<span class=\"x\" style=\"color: red\">t</span>",
            "<span class=\"x\" style=\"color: red\">t</span>",
            "<span>t</span>"
        },
        {
            "allow_data_attributes keeps data-*",
            Map(("allow_data_attributes", true)),
            "<img src=\"/a.png\" data-path=\"x\">",
            "<img src=\"/a.png\">",
            "<img src=\"/a.png\" data-path=\"x\">"
        },
        {
            "allow_schemes adds a scheme",
            Map(("allow_schemes", List("tel"))),
            "<a href=\"tel:+81312345678\">call</a>",
            "<a>call</a>",
            "<a href=\"tel:+81312345678\">call</a>"
        },
        {
            "remove_schemes takes out a default",
            Map(("remove_schemes", List("mailto"))),
            "<a href=\"mailto:a@example.com\">mail</a>",
            "<a href=\"mailto:a@example.com\">mail</a>",
            "<a>mail</a>"
        },
        {
            "allow_css_properties adds a property, names are case-insensitive",
            Map(("allow_css_properties", List("Font-Family", "display"))),
            "<span style=\"font-family: 'Noto Serif CJK SC', serif; display: block\">t</span>",
            "<span>t</span>",
            "<span style=\"font-family: 'Noto Serif CJK SC', serif; display: block\">t</span>"
        },
        {
            "an allowed property still cannot load a URL",
            Map(("allow_css_properties", List("background-image"))),
            "<div style=\"background-image: url(https://example.com/a.png)\">t</div>",
            "<div>t</div>",
            "<div>t</div>"
        },
        {
            "remove_css_properties takes out a default",
            Map(("remove_css_properties", List("float"))),
            "<div style=\"float: left; color: red\">t</div>",
            "<div style=\"float: left; color: red\">t</div>",
            "<div style=\"color: red\">t</div>"
        },
        {
            "remove wins over allow",
            Map(("allow_elements", List("center")), ("remove_elements", List("center"))),
            "<center>c</center>",
            "c",
            "c"
        },
        {
            "enabled: false publishes content as it is",
            Map(("enabled", false)),
            "<p onclick=\"x()\">a<script>alert(1)</script><!-- c --></p>",
            "<p>a</p>",
            "<p onclick=\"x()\">a<script>alert(1)</script><!-- c --></p>"
        },
        {
            "null values leave the defaults",
            Map(("enabled", null), ("allow_elements", null)),
            "<p>a<script>alert(1)</script></p>",
            "<p>a</p>",
            "<p>a</p>"
        },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Config_changes_what_is_kept(
        string what, Dictionary<string, object?> section, string html, string byDefault, string configured)
    {
        var diagnostics = new List<Diagnostic>();
        var policy = SanitizePolicy.FromConfig(section, ConfigPath, diagnostics);

        Assert.True(diagnostics.Count == 0, what + ": " + string.Join("; ", diagnostics));
        Assert.Equal(byDefault, new HtmlFragmentSanitizer(SanitizePolicy.Default).Sanitize(html).Html);
        Assert.Equal(configured, new HtmlFragmentSanitizer(policy).Sanitize(html).Html);
    }

    public static TheoryData<Dictionary<string, object?>, Severity, string> BadValues => new()
    {
        { Map(("enabled", "yes")), Severity.Error, "sanitize.enabled must be true or false, not \"yes\": write 'enabled: true' or 'enabled: false'" },
        { Map(("allow_data_attributes", 1L)), Severity.Error, "sanitize.allow_data_attributes must be true or false, not 1: write 'allow_data_attributes: true' or 'allow_data_attributes: false'" },
        { Map(("allow_elements", 5L)), Severity.Error, "sanitize.allow_elements must be a list of element names, not 5: write for example 'allow_elements: [video]'" },
        { Map(("allow_elements", new Dictionary<string, object?> { ["iframe"] = true })), Severity.Error, "sanitize.allow_elements must be a list of element names, not a map: write for example 'allow_elements: [video]'" },
        { Map(("allow_elements", List(2.5))), Severity.Error, "sanitize.allow_elements: 2.5 is not a valid element name: write names such as video" },
        { Map(("allow_elements", List("<b>"))), Severity.Error, "sanitize.allow_elements: \"<b>\" is not a valid element name: write names such as video" },
        { Map(("allow_attributes", List("two words"))), Severity.Error, "sanitize.allow_attributes: \"two words\" is not a valid attribute name: write names such as aria-label" },
        { Map(("allow_schemes", List("tel:"))), Severity.Error, "sanitize.allow_schemes: \"tel:\" is not a valid URL scheme name: write names such as tel" },
        { Map(("allow_css_properties", List(new List<object?>()))), Severity.Error, "sanitize.allow_css_properties: a list is not a valid CSS property name: write names such as font-family" },
        { Map(("allow_elements", List("Script"))), Severity.Error, "sanitize.allow_elements: <script> can never be allowed, because it can run script or reach outside the post: remove it from the list (only 'enabled: false' publishes such content)" },
        { Map(("allow_attributes", List("onclick"))), Severity.Error, "sanitize.allow_attributes: onclick can never be allowed, because it can run script or reach outside the post: remove it from the list (only 'enabled: false' publishes such content)" },
        { Map(("allow_schemes", List("javascript"))), Severity.Error, "sanitize.allow_schemes: javascript: can never be allowed, because it can run script or reach outside the post: remove it from the list (only 'enabled: false' publishes such content)" },
        { Map(("allow_css_properties", List("behavior"))), Severity.Error, "sanitize.allow_css_properties: behavior can never be allowed, because it can run script or reach outside the post: remove it from the list (only 'enabled: false' publishes such content)" },
        { Map(("remove_elements", List("blink"))), Severity.Warning, "sanitize.remove_elements: \"blink\" is not allowed anyway, so nothing is removed: check the spelling" },
        { Map(("embeds", List("http://www.youtube.com/embed/"))), Severity.Error, "sanitize.embeds: \"http://www.youtube.com/embed/\" is not a player URL: write an https host and path, such as www.youtube.com/embed/ (http: frames are never kept)" },
        { Map(("embeds", true)), Severity.Error, "sanitize.embeds must be a list of player URLs, not true: write for example 'embeds: [www.youtube.com/embed/]'" },
        { Map(("allow_element", List("iframe"))), Severity.Error, "sanitize.allow_element is not a known setting: use one of allow_attributes, allow_css_properties, allow_data_attributes, allow_elements, allow_schemes, embeds, enabled, remove_attributes, remove_css_properties, remove_elements, remove_schemes" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Bad_values_are_reported_and_ignored(Dictionary<string, object?> section, Severity severity, string message)
    {
        var diagnostics = new List<Diagnostic>();

        var policy = SanitizePolicy.FromConfig(section, ConfigPath, diagnostics);

        Assert.Equal([new Diagnostic(severity, DiagnosticCodes.ConfigValueInvalid, ConfigPath, 0, 0, message)], diagnostics);
        Assert.Equal(SanitizePolicy.Default, policy);
    }

    [Fact]
    public void The_rest_of_the_section_applies_around_a_bad_value()
    {
        var diagnostics = new List<Diagnostic>();
        var section = Map(
            ("allow_elements", List("script", "iframe")),
            ("enabled", "no"),
            ("remove_css_properties", List("float")));

        var policy = SanitizePolicy.FromConfig(section, ConfigPath, diagnostics);

        Assert.Equal(2, diagnostics.Count);
        Assert.True(policy.Enabled);
        Assert.Contains("iframe", policy.Elements);
        Assert.DoesNotContain("script", policy.Elements);
        Assert.DoesNotContain("float", policy.CssProperties);
        Assert.Equal("<p>a</p>", new HtmlFragmentSanitizer(policy).Sanitize("<p>a<script>x</script></p>").Html);
    }

    [Fact]
    public void Policies_with_the_same_lists_are_equal()
    {
        var policy = SanitizePolicy.FromConfig(
            Map(("allow_elements", List("center")), ("remove_elements", List("center"))), ConfigPath, []);

        Assert.NotSame(SanitizePolicy.Default.Elements, policy.Elements);
        Assert.Equal(SanitizePolicy.Default, policy);
        Assert.Equal(SanitizePolicy.Default.GetHashCode(), policy.GetHashCode());
        Assert.NotEqual(SanitizePolicy.Default, SanitizePolicy.Default with { AllowDataAttributes = true });
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

    private static List<object?> List(params object?[] items) => [.. items];
}
