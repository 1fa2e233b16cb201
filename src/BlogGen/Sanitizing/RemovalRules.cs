using System.Collections.Frozen;

namespace BlogGen.Sanitizing;

/// <summary>
/// The names of the rules a removal is made under, as docs/sanitizing.md lists them, so that a writer who sees a
/// removal can look up why it happened and which <c>sanitize:</c> key changes it.
/// </summary>
public static class RemovalRules
{
    public const string HiddenContent = "hidden-content";
    public const string Frames = "frames";
    public const string Media = "media";
    public const string PageLevel = "page-level";
    public const string FormControls = "form-controls";
    public const string Svg = "svg";
    public const string Wrappers = "wrappers";
    public const string EventHandlers = "event-handlers";
    public const string Attributes = "attributes";
    public const string DataAttributes = "data-attributes";
    public const string Urls = "urls";
    public const string Comments = "comments";
    public const string Css = "css";
    public const string Nesting = "nesting";
    public const string Unclosed = "unclosed";

    private static readonly FrozenDictionary<string, string> ByElement = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["script"] = HiddenContent,
        ["style"] = HiddenContent,
        ["template"] = HiddenContent,
        ["noscript"] = HiddenContent,
        ["noembed"] = HiddenContent,
        ["noframes"] = HiddenContent,
        ["title"] = HiddenContent,
        ["datalist"] = HiddenContent,
        ["iframe"] = Frames,
        ["frame"] = Frames,
        ["frameset"] = Frames,
        ["object"] = Media,
        ["embed"] = Media,
        ["applet"] = Media,
        ["param"] = Media,
        ["video"] = Media,
        ["audio"] = Media,
        ["canvas"] = Media,
        ["track"] = Media,
        ["map"] = Media,
        ["area"] = Media,
        ["base"] = PageLevel,
        ["meta"] = PageLevel,
        ["link"] = PageLevel,
        ["html"] = PageLevel,
        ["head"] = PageLevel,
        ["body"] = PageLevel,
        ["form"] = FormControls,
        ["input"] = FormControls,
        ["button"] = FormControls,
        ["select"] = FormControls,
        ["option"] = FormControls,
        ["optgroup"] = FormControls,
        ["textarea"] = FormControls,
        ["label"] = FormControls,
        ["fieldset"] = FormControls,
        ["legend"] = FormControls,
        ["output"] = FormControls,
        ["progress"] = FormControls,
        ["meter"] = FormControls,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rule under which an element of that name (lower case) is removed.</summary>
    public static string ForElement(string name, bool inSvg) =>
        inSvg ? Svg : ByElement.GetValueOrDefault(name, Wrappers);

    /// <summary>The rule under which an attribute of that name is removed.</summary>
    public static string ForAttribute(string name) =>
        name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? EventHandlers
        : name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) ? DataAttributes
        : Attributes;
}
