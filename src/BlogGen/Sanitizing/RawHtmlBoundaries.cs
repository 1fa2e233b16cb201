using System.Collections.Frozen;
using System.Text;

using BlogGen.Content;

namespace BlogGen.Sanitizing;

/// <summary>
/// A light scan of a fragment before it is parsed, so that nothing a writer left open can take text with it. At the
/// end of each piece of raw HTML (the end mark the Markdown stage writes; the end of the fragment for an HTML body)
/// every element the policy does not keep, and every element the parser reads differently (raw text, SVG, MathML,
/// select, template), that is still open is closed: an unclosed <c>&lt;video&gt;</c> cannot hold the paragraphs after
/// it. A raw text element (<c>&lt;script&gt;</c>, <c>&lt;iframe&gt;</c>, <c>&lt;textarea&gt;</c>...) whose end tag
/// is not in its piece is ended where it starts, so what follows is read as the writer's text; a tag or comment that
/// never ends in its piece is kept as text. The marks are taken out, and their lines kept for <see cref="SourceLines"/>.
/// A scan, not a parser: it knows void, raw text and self-ending elements, which is what Markdown and people write.
/// </summary>
internal static class RawHtmlBoundaries
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.ToFrozenSet(
    [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawTextElements = FrozenSet.ToFrozenSet(
    [
        "iframe", "noembed", "noframes", "noscript", "script", "style", "textarea", "title", "xmp",
    ], StringComparer.Ordinal);

    /// <summary>Closed at the end of their piece even when the policy keeps them: the parser reads their inside by other rules.</summary>
    private static readonly FrozenSet<string> AlwaysEndInPiece = FrozenSet.ToFrozenSet(
    [
        "math", "select", "svg", "template",
    ], StringComparer.Ordinal);

    /// <summary>Where, inside SVG or MathML, HTML is read again.</summary>
    private static readonly FrozenSet<string> IntegrationPoints = FrozenSet.ToFrozenSet(
    [
        "annotation-xml", "desc", "foreignobject", "mi", "mn", "mo", "ms", "mtext", "title",
    ], StringComparer.Ordinal);

    /// <summary>A new one of these ends an open one of the same name: <c>&lt;p&gt;a&lt;p&gt;b</c> is two paragraphs side by side.</summary>
    private static readonly FrozenSet<string> SelfEnding = FrozenSet.ToFrozenSet(
    [
        "colgroup", "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "tbody", "td", "tfoot", "th", "thead", "tr",
    ], StringComparer.Ordinal);

    /// <param name="html">The fragment, with or without marks.</param>
    /// <param name="marks">The marks the Markdown stage wrote into it; null for an HTML body, which is one piece.</param>
    /// <param name="isKept">Whether the policy keeps an element of that (lower case) name.</param>
    /// <param name="log">Told of each element ended early and each tag kept as text, at its offset in the result.</param>
    /// <param name="lines">Where each offset of the result comes from.</param>
    public static string Apply(string html, RawHtmlMarks? marks, Func<string, bool> isKept, RemovalLog log, out SourceLines lines)
    {
        var scan = new Scan(html, marks, isKept, log);
        var result = scan.Run();
        lines = new SourceLines(result, scan.Starts);
        return result;
    }

    private sealed class Scan(string html, RawHtmlMarks? marks, Func<string, bool> isKept, RemovalLog log)
    {
        private readonly List<(string Name, bool EndsInPiece)> _open = [];
        private StringBuilder? _output;
        private int _copiedUpTo;
        private int _nextMark = -1;

        // For each text looked for and not found: from where, and up to which limit, it is known to be missing.
        private readonly Dictionary<string, (int From, int Limit)> _missing = new(StringComparer.Ordinal);

        public List<(int Offset, int Line)> Starts { get; } = [];

        public string Run()
        {
            var position = 0;
            while ((position = html.IndexOf('<', position)) >= 0)
            {
                if (marks is not null && marks.TryRead(html, position, out var length, out var line))
                {
                    if (line == 0)
                    {
                        EndPiece(position);
                    }
                    Cut(position, position + length);
                    if (line > 0)
                    {
                        Starts.Add((OutputOffset(position + length), line));
                    }
                    position += length;
                    continue;
                }
                position = position + 1 >= html.Length ? html.Length : Tag(position);
            }
            return _output is null ? html : _output.Append(html, _copiedUpTo, html.Length - _copiedUpTo).ToString();
        }

        /// <summary>Reads what starts at '&lt;' at <paramref name="at"/>; returns where to go on.</summary>
        private int Tag(int at)
        {
            var next = html[at + 1];
            if (next is '!' or '?')
            {
                return Declaration(at);
            }
            var isEndTag = next == '/';
            var name = TagName(at + (isEndTag ? 2 : 1));
            if (name.Length == 0)
            {
                return at + 1;
            }
            var limit = NextMark(at);
            var end = TagEnd(at, limit);
            var offset = OutputOffset(at);
            if (end < 0 || end > limit)
            {
                // "<div class="a" and no '>' before the block ends: the parser would take what follows as the tag.
                Replace(at, at + 1, "&lt;");
                log.Add(RemovalMessages.UnfinishedTag(name), offset);
                return at + 1;
            }
            name = name.ToLowerInvariant();
            if (isEndTag)
            {
                Close(name);
                return end;
            }
            if (name == "plaintext")
            {
                // Nothing ever ends it: a browser shows the rest as text. So does BlogGen, up to the end of the piece.
                var rest = html[end..limit].Replace("&", "&amp;", StringComparison.Ordinal)
                    .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
                Replace(at, limit, "<pre>" + rest + "</pre>");
                log.Add(RemovalMessages.ElementAsPreformatted(name), offset);
                return limit;
            }
            var inForeign = InForeignContent();
            if (VoidElements.Contains(name) || ((inForeign || name is "svg" or "math") && html[end - 2] == '/'))
            {
                return end;
            }
            if (!inForeign && RawTextElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                if (close >= 0 && close < limit)
                {
                    return close;
                }
                Insert(end, "</" + name + ">");
                log.Add(RemovalMessages.Unclosed(name), offset);
                return end;
            }
            if (SelfEnding.Contains(name) && _open.Count > 0 && _open[^1].Name == name)
            {
                _open.RemoveAt(_open.Count - 1);
            }
            _open.Add((name, AlwaysEndInPiece.Contains(name) || !isKept(name)));
            return end;
        }

        /// <summary>
        /// A comment, doctype, CDATA section or processing instruction. A comment that does not end in its piece is
        /// ended where it starts; anything else that does not is kept as text (a CDATA section outside SVG would be read
        /// up to the next '&gt;', wherever the writer's text has one).
        /// </summary>
        private int Declaration(int at)
        {
            var limit = NextMark(at + 1);
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var body = at + 4;
                if (body < html.Length && html[body] == '>')
                {
                    return body + 1;
                }
                if (body + 1 < html.Length && html[body] == '-' && html[body + 1] == '>')
                {
                    return body + 2;
                }
                var commentEnd = Find("-->", body, limit);
                if (commentEnd >= 0)
                {
                    return commentEnd + 3;
                }
                Insert(body, "-->");
                return body;
            }
            var isCdata = string.CompareOrdinal(html, at, "<![CDATA[", 0, 9) == 0;
            var end = Find(isCdata ? "]]>" : ">", at, limit);
            if (end >= 0)
            {
                return isCdata && InForeignContent() ? end + 3 : GreaterThan(at);
            }
            var offset = OutputOffset(at);
            Replace(at, at + 1, "&lt;");
            log.Add(RemovalMessages.UnfinishedTag(html[(at + 1)..Math.Min(html.Length, at + 9)]), offset);
            return at + 1;
        }

        /// <summary>Closes what may not cross the end of the piece at <paramref name="at"/>, innermost first.</summary>
        private void EndPiece(int at)
        {
            var first = _open.FindIndex(element => element.EndsInPiece);
            if (first < 0)
            {
                return;
            }
            var closing = new StringBuilder();
            for (var i = _open.Count - 1; i >= first; i--)
            {
                closing.Append("</").Append(_open[i].Name).Append('>');
            }
            _open.RemoveRange(first, _open.Count - first);
            Insert(at, closing.ToString());
        }

        /// <summary>
        /// Closes the innermost open element of that name and what is inside it; a stray end tag is left to the parser.
        /// What must end in its piece stays listed until the piece ends: a parser may keep it open here (an end tag
        /// such as &lt;/b&gt; does not close an &lt;object&gt; opened inside), and closing it twice does nothing.
        /// </summary>
        private void Close(string name)
        {
            var index = _open.FindLastIndex(element => element.Name == name);
            if (index < 0)
            {
                return;
            }
            for (var i = _open.Count - 1; i > index; i--)
            {
                if (!_open[i].EndsInPiece)
                {
                    _open.RemoveAt(i);
                }
            }
            _open.RemoveAt(index);
        }

        private bool InForeignContent()
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                var name = _open[i].Name;
                if (name is "svg" or "math")
                {
                    return true;
                }
                if (IntegrationPoints.Contains(name))
                {
                    return false;
                }
            }
            return false;
        }

        /// <summary>Where the next mark starts, or the end of the fragment.</summary>
        private int NextMark(int from)
        {
            if (_nextMark < from)
            {
                var found = marks is null ? -1 : html.IndexOf(marks.Prefix, from, StringComparison.Ordinal);
                _nextMark = found < 0 ? int.MaxValue : found;
            }
            return Math.Min(_nextMark, html.Length);
        }

        private int GreaterThan(int at)
        {
            var end = html.IndexOf('>', at);
            return end < 0 ? html.Length : end + 1;
        }

        private string TagName(int start)
        {
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-') && (end > start || char.IsAsciiLetter(html[end])))
            {
                end++;
            }
            return end > start && (end == html.Length || html[end] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>') ? html[start..end] : "";
        }

        /// <summary>
        /// Where <paramref name="text"/> is next found from <paramref name="from"/> before <paramref name="limit"/>, or -1.
        /// Once a text is known to be missing up to a limit it is not looked for again there: a post of a thousand
        /// unclosed <c>&lt;!--</c> would otherwise be read to its end a thousand times.
        /// </summary>
        private int Find(string text, int from, int limit)
        {
            if (_missing.TryGetValue(text, out var missing) && missing.Limit == limit && missing.From <= from)
            {
                return -1;
            }
            var found = html.IndexOf(text, from, Math.Max(0, limit - from), StringComparison.Ordinal);
            if (found < 0)
            {
                _missing[text] = (from, limit);
            }
            return found;
        }

        /// <summary>The index after the tag's '&gt;' before <paramref name="limit"/>, skipping quoted attribute values; -1 when the tag never ends there.</summary>
        private int TagEnd(int start, int limit)
        {
            if (Find(">", start, limit) < 0)
            {
                return -1;
            }
            var quote = '\0';
            for (var i = start + 1; i < limit; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && IsValueStart(i))
                {
                    if (Find(c == '"' ? "\"" : "'", i + 1, limit) < 0)
                    {
                        return -1; // a value never closed: the tag cannot end in this piece
                    }
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
            }
            return -1;
        }

        /// <summary>A quote opens a value only right after '=' (spaces between allowed).</summary>
        private bool IsValueStart(int quote)
        {
            var i = quote - 1;
            while (i > 0 && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i--;
            }
            return html[i] == '=';
        }

        private int OutputOffset(int inputPosition) =>
            _output is null ? inputPosition : _output.Length + (inputPosition - _copiedUpTo);

        private void Cut(int from, int to) => Replace(from, to, "");

        private void Insert(int at, string text) => Replace(at, at, text);

        private void Replace(int from, int to, string text)
        {
            _output ??= new StringBuilder(html.Length + 64);
            _output.Append(html, _copiedUpTo, from - _copiedUpTo).Append(text);
            _copiedUpTo = to;
        }
    }
}
