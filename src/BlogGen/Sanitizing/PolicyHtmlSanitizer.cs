using System.Collections.Concurrent;
using System.Collections.Frozen;

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

using Ganss.Xss;

namespace BlogGen.Sanitizing;

/// <summary>
/// HtmlSanitizer set up once from a policy and never changed afterwards, which keeps it safe to
/// share between threads. Its removal events are turned into messages in the <see cref="RemovalLog"/> of the
/// document being sanitized (HtmlSanitizer raises them on the instance, so the document tells the calls apart); URLs go through <see cref="UrlSafety"/>; <c>style</c> attributes are
/// left to <see cref="InlineStyleFilter"/> by the caller.
/// </summary>
internal sealed class PolicyHtmlSanitizer : HtmlSanitizer
{
    /// <summary>
    /// Removed together with everything inside, since a reader never sees what is inside: script and style, fallback
    /// content shown only where a feature is missing (<c>noscript</c>, media and plugin fallbacks), frames, and the parts
    /// of SVG that run, load or animate something. Every other removed element keeps its content.
    /// </summary>
    private static readonly FrozenSet<string> RemovedWithContent = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "applet", "audio", "canvas", "datalist", "embed", "frame", "frameset", "iframe", "noembed", "noframes", "noscript",
        "object", "script", "style", "template", "title", "video",
        // SVG: animation can rewrite attributes, image and feImage load, metadata and desc are never shown.
        "animate", "animateMotion", "animateTransform", "cursor", "desc", "discard", "feImage", "filter", "image",
        "metadata", "mpath", "set", "view",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Shown by a browser as preformatted text: kept as <c>&lt;pre&gt;</c> with that text.</summary>
    private static readonly FrozenSet<string> ShownAsText = new HashSet<string>(StringComparer.Ordinal)
    {
        "listing", "textarea", "xmp",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IReadOnlySet<string> _schemes;
    private readonly ConcurrentDictionary<IDocument, RemovalLog> _logs = new(ReferenceEqualityComparer.Instance);

    public PolicyHtmlSanitizer(SanitizePolicy policy)
        : base(Options(policy))
    {
        _schemes = AllowedSchemes.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public bool IsSafeUrl(string url) => UrlSafety.IsSafe(url, _schemes);

    /// <summary>Sanitizes <paramref name="body"/> of <paramref name="document"/>, telling <paramref name="log"/> what was removed.</summary>
    public void Sanitize(IHtmlDocument document, IHtmlElement body, RemovalLog log)
    {
        _logs[document] = log;
        try
        {
            SanitizeDom(document, body);
        }
        finally
        {
            _logs.TryRemove(document, out _);
        }
    }

    private RemovalLog LogOf(INode node) =>
        node.Owner is { } document && _logs.TryGetValue(document, out var log)
            ? log
            : throw new InvalidOperationException("A removal was reported outside PolicyHtmlSanitizer.Sanitize(document, body, log).");

    private void Log(INode node, SanitizeRemoval removal) => LogOf(node).Add(removal, SourceOffsets.Of(node));

    private static HtmlSanitizerOptions Options(SanitizePolicy policy)
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags = AllowedElements(policy);
        options.AllowedAttributes = policy.Attributes
            .Where(name => !NeverAllowed.IsAttribute(name) && name != HtmlFragmentSanitizer.StyleAttribute)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        options.AllowedSchemes = policy.Schemes.Except(NeverAllowed.Schemes).ToHashSet();
        options.UriAttributes = HtmlSanitizerDefaults.UriAttributes.ToHashSet();
        options.UriListAttributes = HtmlSanitizerDefaults.UriListAttributes.ToHashSet();
        options.AllowDataAttributes = policy.AllowDataAttributes;
        return options;
    }

    /// <summary>The elements kept: the policy's, less what is never allowed, with <c>iframe</c> when there are embeds to keep.</summary>
    public static HashSet<string> AllowedElements(SanitizePolicy policy)
    {
        var elements = policy.Elements.Except(NeverAllowed.Elements).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (policy.Embeds.Length > 0)
        {
            elements.Add("iframe");
        }
        return elements;
    }

    protected override void OnRemovingTag(RemovingTagEventArgs e)
    {
        var tag = e.Tag;
        if (!IsInDocument(tag) || IsTaskListCheckbox(tag))
        {
            // Gone already with an element around it, or the one <input> Markdown writes.
            e.Cancel = true;
            return;
        }
        var name = tag.LocalName;
        var inSvg = tag.NamespaceUri == NamespaceNames.SvgUri;
        var rule = RemovalRules.ForElement(name.ToLowerInvariant(), inSvg);
        if (RemovedWithContent.Contains(name) || !tag.HasChildNodes)
        {
            Log(tag, RemovalMessages.Element(name, rule));
            return;
        }
        if (!inSvg && ShownAsText.Contains(name) && AllowedTags.Contains("pre"))
        {
            Log(tag, RemovalMessages.ElementAsPreformatted(name));
            var pre = tag.Owner!.CreateElement("pre");
            pre.TextContent = tag.TextContent;
            tag.Replace(pre);
            e.Cancel = true;
            return;
        }
        if (tag.NamespaceUri != NamespaceNames.HtmlUri && tag.ParentElement?.NamespaceUri != tag.NamespaceUri)
        {
            // A MathML or SVG element unwrapped into HTML would turn its children into HTML elements of the same names
            // once the page is read again (an <iframe> inside <math> becomes a live frame): only its words are kept.
            Log(tag, RemovalMessages.ElementKeepingContent(name, rule));
            tag.Replace(tag.Owner!.CreateTextNode(tag.TextContent));
            e.Cancel = true;
            return;
        }
        // Unknown and presentational wrappers (<font>, <center>, <form>…) hold article text: keep it.
        // The children are still checked, since HtmlSanitizer listed every element before removing any.
        Log(tag, RemovalMessages.ElementKeepingContent(name, rule));
        tag.Replace([.. tag.ChildNodes]);
        e.Cancel = true;
    }

    protected override void OnRemovingAttribute(RemovingAttributeEventArgs e)
    {
        var attribute = e.Attribute;
        var tag = e.Tag.LocalName;
        switch (e.Reason)
        {
            case RemoveReason.NotAllowedAttribute:
                Log(e.Tag, RemovalMessages.Attribute(attribute.Name, tag));
                break;
            case RemoveReason.NotAllowedUrlValue when string.IsNullOrWhiteSpace(attribute.Value):
                Log(e.Tag, RemovalMessages.Attribute(attribute.Name, tag));
                break;
            case RemoveReason.NotAllowedUrlValue:
                // SanitizeUrl has reported each URL it refused.
                break;
            default:
                Log(e.Tag, RemovalMessages.AttributeValue(attribute.Name, tag, attribute.Value));
                break;
        }
    }

    protected override void OnRemovingComment(RemovingCommentEventArgs e) =>
        Log(e.Comment, RemovalMessages.Comment());

    protected override string? SanitizeUrl(IElement element, string url, string baseUrl)
    {
        if (UrlSafety.IsSafe(url, _schemes) || (IsImageSource(element, url) && UrlSafety.IsRasterDataImage(url)))
        {
            return url;
        }
        Log(element, RemovalMessages.UnsafeUrl(url, element.LocalName, AttributeHolding(element, url)));
        return null;
    }

    private static bool IsImageSource(IElement element, string url) =>
        element.LocalName == "img" && element.GetAttribute("src") == url;

    /// <summary>The attribute the URL came from: its whole value, or one entry of a list such as <c>srcset</c>.</summary>
    private static string? AttributeHolding(IElement element, string url) =>
        (element.Attributes.FirstOrDefault(attribute => attribute.Value == url)
            ?? element.Attributes.FirstOrDefault(attribute => attribute.Value.Contains(url, StringComparison.Ordinal)))?.Name;

    private static bool IsInDocument(IElement element) => element.Owner?.Body?.Contains(element) == true;

    /// <summary>
    /// <c>&lt;input disabled type="checkbox" [checked]&gt;</c> in a list item (or its paragraph), exactly as Markdig's task
    /// lists write it, or as kramdown's do, with <c>class="task-list-item-checkbox"</c>.
    /// </summary>
    private static bool IsTaskListCheckbox(IElement tag) =>
        tag.LocalName == "input"
        && string.Equals(tag.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase)
        && tag.HasAttribute("disabled")
        && tag.Attributes.All(attribute => attribute.Name is "type" or "disabled" or "checked"
            || (attribute.Name == "class" && attribute.Value == "task-list-item-checkbox"))
        && tag.ParentElement is { LocalName: "li" } or { LocalName: "p", ParentElement.LocalName: "li" };
}
