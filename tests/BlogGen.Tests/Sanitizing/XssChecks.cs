using System.Text.RegularExpressions;

using AngleSharp.Dom;

namespace BlogGen.Tests.Sanitizing;

/// <summary>
/// What must never be left in built HTML, written independently of the sanitizer so that it checks the
/// sanitizer rather than repeats it: script-capable or page-escaping elements, event handler attributes,
/// javascript:/vbscript:/data: URLs (a raster data:image in img src aside), and style declarations that
/// load, run or lift content out of the article. Inline SVG may stay, but only what cannot run or load anything
/// (no animation, foreignObject or image, no reference outside the page, no HTML parsed inside it); a frame may
/// stay only when it shows a video player from the default list and is sandboxed.
/// </summary>
public static partial class XssChecks
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "applet", "audio", "base", "button", "embed", "fencedframe", "form", "frame", "frameset", "iframe", "input",
        "isindex", "keygen", "link", "marquee", "math", "meta", "noembed", "noframes", "noscript", "object", "param",
        "plaintext", "portal", "script", "select", "style", "template", "textarea", "title", "video", "xmp",
        "animate", "animatemotion", "animatetransform", "set", "foreignobject", "image", "feimage", "handler", "listener",
    };

    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly string[] PlayerUrls =
    [
        "https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/", "https://player.vimeo.com/video/",
        "https://player.bilibili.com/player.html", "https://www.google.com/maps/embed", "https://www.openstreetmap.org/export/embed.html",
    ];

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "action", "background", "cite", "codebase", "data", "dynsrc", "formaction", "from", "href", "icon",
        "longdesc", "lowsrc", "manifest", "ping", "poster", "src", "srcset", "to", "values", "xlink:href",
    };

    private static readonly string[] ForbiddenCss =
    [
        "position", "z-index", "url(", "expression", "behavior", "-moz-binding", "@import", "image-set", "display",
        "opacity", "transform", "\\",
    ];

    /// <summary>One line per problem found in <paramref name="elements"/>; empty when all are safe.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<IElement> elements)
    {
        var problems = new List<string>();
        foreach (var element in elements)
        {
            if (ForbiddenElements.Contains(element.LocalName) && !IsTaskListCheckbox(element))
            {
                problems.Add($"<{element.LocalName}> element: {Shorten(element.OuterHtml)}");
            }
            if (element.LocalName == "iframe" && !IsSandboxedPlayer(element))
            {
                problems.Add($"<iframe> that is not a sandboxed player: {Shorten(element.OuterHtml)}");
            }
            if (element.NamespaceUri != SvgNamespace && element.ParentElement?.Closest("svg") is { NamespaceUri: SvgNamespace })
            {
                problems.Add($"HTML <{element.LocalName}> inside <svg>: {Shorten(element.OuterHtml)}");
            }
            if (element.NamespaceUri == SvgNamespace)
            {
                problems.AddRange(SvgReferences(element));
            }
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"event handler {name} on <{element.LocalName}>");
                }
                else if (UrlAttributes.Contains(name) && DangerousUrl(element, name, attribute.Value) is { } url)
                {
                    problems.Add($"URL {url} in <{element.LocalName} {name}>");
                }
                else if (name.Equals("style", StringComparison.OrdinalIgnoreCase)
                    && ForbiddenCss.FirstOrDefault(css => attribute.Value.Contains(css, StringComparison.OrdinalIgnoreCase)) is { } css)
                {
                    problems.Add($"CSS {css} in <{element.LocalName} style=\"{attribute.Value}\">");
                }
            }
        }
        return problems;
    }

    /// <summary>The elements between the two markers of <paramref name="vector"/> in document order, or null when a marker is missing.</summary>
    public static IReadOnlyList<IElement>? ElementsBetweenMarkers(IElement article, XssVector vector)
    {
        var before = MarkerNode(article, vector.BeforeMarker);
        var after = MarkerNode(article, vector.AfterMarker);
        if (before is null || after is null)
        {
            return null;
        }
        var between = new List<IElement>();
        var inside = false;
        foreach (var node in article.GetDescendants())
        {
            if (node == before)
            {
                inside = true;
            }
            else if (node == after)
            {
                break;
            }
            else if (inside && node is IElement element)
            {
                between.Add(element);
            }
        }
        return between;
    }

    private static IText? MarkerNode(IElement article, string marker) =>
        article.GetDescendants().OfType<IText>().FirstOrDefault(text => text.Data.Contains(marker, StringComparison.Ordinal));

    private static string? DangerousUrl(IElement element, string attribute, string value)
    {
        var candidates = attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase)
            ? value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0])
            : [value];
        foreach (var candidate in candidates)
        {
            var url = Unbrowsable().Replace(candidate.Trim(ControlsAndSpace), "");
            var scheme = Scheme().Match(url);
            if (!scheme.Success)
            {
                continue;
            }
            var name = scheme.Groups["scheme"].Value.ToLowerInvariant();
            if (name is "javascript" or "vbscript" || (name == "data" && !(element.LocalName == "img" && RasterImage().IsMatch(url))))
            {
                return "\"" + Shorten(candidate) + "\"";
            }
        }
        return null;
    }

    private static bool IsSandboxedPlayer(IElement frame) =>
        frame.GetAttribute("sandbox") is { } sandbox && !sandbox.Contains("allow-top-navigation", StringComparison.Ordinal)
        && !sandbox.Contains("allow-forms", StringComparison.Ordinal) && !frame.HasAttribute("srcdoc")
        && frame.GetAttribute("src") is { } src && PlayerUrls.Any(player => src.StartsWith(player, StringComparison.Ordinal));

    /// <summary>Inside SVG, a reference must stay in the page: #id only (a link's href is checked as every URL is).</summary>
    private static IEnumerable<string> SvgReferences(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            var isLink = element.LocalName == "a" && attribute.Name == "href";
            if (attribute.LocalName == "href" && !isLink && !attribute.Value.TrimStart().StartsWith('#'))
            {
                yield return $"reference {attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}> in <svg>";
            }
            var value = attribute.Value.Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
            var url = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase);
            if ((url >= 0 && (url + 4 >= value.Length || value[url + 4] != '#')) || (value.Contains('\\') && value.Contains('(')))
            {
                yield return $"url() {attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}> in <svg>";
            }
        }
    }

    private static bool IsTaskListCheckbox(IElement element) =>
        element.LocalName == "input" && element.GetAttribute("type") == "checkbox" && element.HasAttribute("disabled");

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(code => (char)code)];

    // Browsers drop tabs and newlines anywhere in a URL.
    [GeneratedRegex("[\t\n\r]", RegexOptions.CultureInvariant)]
    private static partial Regex Unbrowsable();

    [GeneratedRegex("^(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex("^data:image/(png|jpeg|gif|webp)[;,]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RasterImage();
}
