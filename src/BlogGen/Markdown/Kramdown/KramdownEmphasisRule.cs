using System.Buffers;
using System.Globalization;
using System.Text;

namespace BlogGen.Markdown.Kramdown;

/// <summary>One emphasis kramdown made: its opening marks at <see cref="OpenAt"/>, as many closing ones at <see cref="CloseAt"/>.</summary>
/// <param name="Length">1 for <c>&lt;em&gt;</c>, 2 for <c>&lt;strong&gt;</c>.</param>
internal readonly record struct EmphasisSpan(int OpenAt, int Length, int CloseAt);

/// <summary>
/// Where kramdown opens and closes emphasis (its parser/kramdown/emphasis.rb), which is not CommonMark's flanking rule: a
/// mark opens unless whitespace follows it (an <c>_</c> also not after a letter, or a letter and a hyphen), and the first
/// matching mark after some text that does not follow whitespace closes it (an <c>_</c> not before a letter or digit, a
/// single mark not at a double one). So <c>*气13.*2%</c> and <c>**董事会（**Redis</c> are emphasis in kramdown. An
/// emphasis never holds one of its own kind, a <c>**</c> that finds no closing pair tries to be <c>*</c> and a
/// literal <c>*</c>, and marks that close nothing stay text. kramdown reads this by going back and trying again; here
/// every search that failed is remembered from each mark it passed, so a paragraph of stray marks is read a few times,
/// not once per mark.
/// </summary>
internal sealed class KramdownEmphasisRule
{
    /// <summary>The emphasis the content is inside: none, <c>em</c>, <c>strong</c>, or both, and which one is innermost.</summary>
    private readonly record struct Inside(bool Em, bool Strong, bool InnermostIsEm)
    {
        public bool Has(bool strong) => strong ? Strong : Em;

        public Inside Enter(bool strong) => strong ? this with { Strong = true, InnermostIsEm = false } : this with { Em = true, InnermostIsEm = true };
    }

    private readonly string _text;
    private readonly bool[] _marks;
    private readonly int[] _nextMark;
    private readonly List<EmphasisSpan> _spans = [];
    /// <summary>Marks from which a search for closing marks, with content already read, found none.</summary>
    private readonly HashSet<(int At, char Mark, int Length, Inside Inside)> _failed = [];
    private readonly Dictionary<(char Mark, int Length), int> _lastCloser = [];

    private KramdownEmphasisRule(string text, bool[] marks)
    {
        _text = text;
        _marks = marks;
        _nextMark = new int[text.Length + 1];
        _nextMark[text.Length] = text.Length;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            _nextMark[i] = marks[i] ? i : _nextMark[i + 1];
        }
    }

    /// <summary>The emphasis in <paramref name="text"/>, outer before inner.</summary>
    /// <param name="text">The text of a span as kramdown reads it; anything that is not text (code, a link) stands as one other character.</param>
    /// <param name="marks">Which characters are emphasis marks (a <c>*</c> or <c>_</c> written as it is, not escaped).</param>
    public static IReadOnlyList<EmphasisSpan> Find(string text, bool[] marks)
    {
        var rule = new KramdownEmphasisRule(text, marks);
        var at = 0;
        while ((at = rule._nextMark[at]) < text.Length)
        {
            rule.Emphasis(ref at, default);
        }
        return [.. rule._spans.OrderBy(span => span.OpenAt)];
    }

    /// <summary>kramdown's <c>parse_emphasis</c> at the mark at <paramref name="at"/>; moves past what it used.</summary>
    private void Emphasis(ref int at, Inside inside)
    {
        var start = at;
        var mark = _text[start];
        var length = IsMark(start + 1, mark) ? 2 : 1;
        var strong = length == 2;
        at = start + length;
        if ((mark == '_' && WordBefore(start)) || IsSpace(start + length) || inside.Has(strong))
        {
            return;
        }
        var found = _spans.Count;
        if (Content(start + length, mark, length, inside.Enter(strong)) is { } close)
        {
            _spans.Add(new EmphasisSpan(start, length, close));
            at = close + length;
            return;
        }
        _spans.RemoveRange(found, _spans.Count - found);
        if (strong && !inside.InnermostIsEm && Content(start + 1, mark, 1, inside.Enter(strong: false)) is { } emClose)
        {
            _spans.Add(new EmphasisSpan(start, 1, emClose));
            at = emClose + 1;
            return;
        }
        _spans.RemoveRange(found, _spans.Count - found);
    }

    /// <summary>Reads an emphasis's content from <paramref name="start"/>; where its closing marks are, or null when none close it.</summary>
    private int? Content(int start, char mark, int length, Inside inside)
    {
        var last = LastCloser(mark, length);
        var reached = new List<int>();
        var at = start;
        var hasContent = false;
        while (at <= last)
        {
            var next = _nextMark[at];
            hasContent |= next > at;
            if ((at = next) > last)
            {
                break;
            }
            if (hasContent)
            {
                // What follows a mark reached after some content does not depend on where the content began.
                if (_failed.Contains((at, mark, length, inside)))
                {
                    break;
                }
                if (Closes(at, mark, length))
                {
                    return at;
                }
                reached.Add(at);
            }
            Emphasis(ref at, inside);
            hasContent = true;
        }
        foreach (var position in reached)
        {
            _failed.Add((position, mark, length, inside));
        }
        return null;
    }

    /// <summary>The last place marks like these could close an emphasis after some content; -1 for none.</summary>
    private int LastCloser(char mark, int length)
    {
        if (!_lastCloser.TryGetValue((mark, length), out var last))
        {
            last = _text.Length - 1;
            while (last >= 0 && !Closes(last, mark, length))
            {
                last--;
            }
            _lastCloser[(mark, length)] = last;
        }
        return last;
    }

    private bool Closes(int at, char mark, int length) =>
        IsMark(at, mark) && (length == 1 || IsMark(at + 1, mark))
        && !(at > 0 && IsSpace(at - 1))
        && !(length == 1 && IsMark(at + 1, mark) && !IsMark(at + 2, mark))
        && !(mark == '_' && IsAlphanumeric(at + length));

    private bool IsMark(int at, char mark) => at < _text.Length && _marks[at] && _text[at] == mark;

    /// <summary>Ruby's <c>\s</c>: ASCII whitespace only, so an ideographic space is not a space here.</summary>
    private bool IsSpace(int at) => at < _text.Length && _text[at] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>kramdown's <c>/[[:alpha:]]-?[[:alpha:]]*\z/</c> before an <c>_</c>: a letter, or a letter and a hyphen.</summary>
    private bool WordBefore(int at)
    {
        if (at == 0)
        {
            return false;
        }
        if (Rune.DecodeLastFromUtf16(_text.AsSpan(0, at), out var before, out var used) != OperationStatus.Done)
        {
            return false;
        }
        return IsLetter(before)
            || (before.Value == '-' && Rune.DecodeLastFromUtf16(_text.AsSpan(0, at - used), out var word, out _) == OperationStatus.Done && IsLetter(word));
    }

    private bool IsAlphanumeric(int at) =>
        at < _text.Length && Rune.DecodeFromUtf16(_text.AsSpan(at), out var rune, out _) == OperationStatus.Done
        && (IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber);

    /// <summary>
    /// Ruby's <c>[[:alpha:]]</c> (Unicode Alphabetic): letters of every script, CJK included, and the marks that are part
    /// of a word's spelling (vowel signs such as Devanagari's and Thai's). Accents written as separate combining marks
    /// and tone marks are not Alphabetic, so after <c>e</c> + U+0301 an <c>_</c> opens, as in kramdown.
    /// </summary>
    private static bool IsLetter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => !IsAccentOrToneMark(rune.Value),
        _ => false,
    };

    /// <summary>Combining accents (general, extended, supplement, for symbols, half marks) and Thai and Lao tone marks.</summary>
    private static bool IsAccentOrToneMark(int value) => value is (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF)
        or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE20 and <= 0xFE2F)
        or (>= 0x0E47 and <= 0x0E4E) or (>= 0x0EC8 and <= 0x0ECE);
}
