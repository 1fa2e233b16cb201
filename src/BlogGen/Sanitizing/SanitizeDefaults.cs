using System.Collections.Immutable;

namespace BlogGen.Sanitizing;

/// <summary>
/// The allowlists of <see cref="SanitizePolicy.Default"/>: what mirrored news articles and Markdig's
/// output need, and nothing that can run script or break the page layout around a post.
/// </summary>
internal static class SanitizeDefaults
{
    public static readonly ImmutableArray<string> Elements =
    [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br",
        "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby",
        "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
        // Inline SVG drawings: shapes, text, paths, gradients, patterns and references inside the drawing (SvgSubset).
        "circle", "clippath", "defs", "ellipse", "g", "line", "lineargradient", "marker", "mask", "path", "pattern",
        "polygon", "polyline", "radialgradient", "rect", "stop", "svg", "symbol", "text", "textpath", "tspan", "use",
    ];

    // Attribute names apply to every allowed element, as in HtmlSanitizer. "type", "disabled" and
    // "checked" are here for the GFM task-list checkbox, the only <input> that is kept.
    public static readonly ImmutableArray<string> Attributes =
    [
        "align", "alt", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby",
        "bgcolor", "border", "cellpadding", "cellspacing", "checked", "cite", "class", "colspan",
        "data-lang", "datetime", "decoding", "dir", "disabled", "headers", "height", "href", "hreflang", "id",
        "lang", "loading", "media", "open", "referrerpolicy", "rel", "reversed", "role", "rowspan",
        "scope", "sizes", "span", "src", "srcset", "start", "style", "target", "title", "type",
        "valign", "value", "width",
        // SVG geometry and presentation attributes; none can load anything (SvgSubset checks url() and href).
        "clip-path", "clip-rule", "clippathunits", "cx", "cy", "d", "dominant-baseline", "dx", "dy", "fill", "fill-opacity",
        "fill-rule", "font-family", "font-size", "font-style", "font-weight", "fr", "fx", "fy", "gradienttransform",
        "gradientunits", "lengthadjust", "marker-end", "marker-mid", "marker-start", "markerheight", "markerunits",
        "markerwidth", "mask", "maskcontentunits", "maskunits", "offset", "opacity", "orient", "paint-order", "pathlength",
        "patterncontentunits", "patterntransform", "patternunits", "points", "preserveaspectratio", "r", "refx", "refy",
        "rotate", "rx", "ry", "shape-rendering", "spreadmethod", "startoffset", "stop-color", "stop-opacity", "stroke",
        "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
        "stroke-width", "text-anchor", "text-rendering", "textlength", "transform", "vector-effect", "version", "viewbox",
        "x", "x1", "x2", "xlink:href", "xmlns", "xmlns:xlink", "y", "y1", "y2",
    ];

    public static readonly ImmutableArray<string> Schemes = ["http", "https", "mailto"];

    public static readonly ImmutableArray<string> CssProperties =
    [
        "background-color", "border", "border-bottom", "border-bottom-color", "border-bottom-style",
        "border-bottom-width", "border-collapse", "border-color", "border-left", "border-left-color",
        "border-left-style", "border-left-width", "border-radius", "border-right", "border-right-color",
        "border-right-style", "border-right-width", "border-spacing", "border-style", "border-top",
        "border-top-color", "border-top-style", "border-top-width", "border-width", "caption-side",
        "clear", "color", "float", "font-size", "font-style", "font-weight", "height", "letter-spacing",
        "line-height", "margin", "margin-bottom", "margin-left", "margin-right", "margin-top",
        "max-height", "max-width", "min-height", "min-width", "overflow-wrap", "padding",
        "padding-bottom", "padding-left", "padding-right", "padding-top", "table-layout", "text-align",
        "text-decoration", "text-decoration-color", "text-decoration-line", "text-decoration-style",
        "text-indent", "vertical-align", "white-space", "width", "word-break",
    ];
}
