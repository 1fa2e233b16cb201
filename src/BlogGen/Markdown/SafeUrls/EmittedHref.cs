using System.Globalization;
using System.Net;

using Markdig.Renderers;

namespace BlogGen.Markdown.SafeUrls;

/// <summary>
/// The URL a browser reads from the <c>href</c>/<c>src</c> Markdig writes: Markdig percent-encodes
/// control characters, spaces and non-ASCII and entity-escapes <c>&amp;</c>, so the check must see
/// its output, not the destination as written. Uses Markdig's own writer so the two cannot drift.
/// </summary>
internal sealed class EmittedHref
{
    private readonly StringWriter _buffer = new(CultureInfo.InvariantCulture);
    private readonly HtmlRenderer _writer;

    public EmittedHref() => _writer = new HtmlRenderer(_buffer);

    public string Of(string url)
    {
        _buffer.GetStringBuilder().Clear();
        _writer.WriteEscapeUrl(url);
        return WebUtility.HtmlDecode(_buffer.ToString());
    }
}
