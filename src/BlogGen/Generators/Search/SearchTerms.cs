using System.Globalization;
using System.Text;

using BlogGen.Content;

namespace BlogGen.Generators.Search;

/// <summary>
/// How text becomes the tokens of the search index, and a query the tokens to look up. The search page's script
/// (themes/default/assets/js/search.js) follows the same rules; a change here needs the same change there.
/// Text is normalized (NFKC, lower case), then read as words (runs of letters, marks and digits outside Chinese,
/// Japanese and Korean) and CJK runs. A CJK run is indexed as every character and every pair of neighbouring
/// characters, because those languages write no spaces between words: a query's run is found through its pairs.
/// </summary>
public static class SearchTerms
{
    /// <summary>A query word this long or longer matches every word that starts with it; a shorter one, only itself.</summary>
    public const int PrefixLength = 3;

    /// <summary>Longer words are indexed by their beginning: long runs (hashes, glued URLs) would only bloat the index.</summary>
    public const int MaxWordLength = 32;

    /// <summary>At most this many pairs of a query's CJK run are looked up (its first nine characters), so a pasted paragraph stays a small download.</summary>
    public const int MaxPairsLookedUp = 8;

    /// <summary>NFKC (full-width ＡＢＣ is abc), then lower case; the final sigma folded too, as browsers lower-case it apart.</summary>
    public static string Normalize(string text)
    {
        string composed;
        try
        {
            composed = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalized: read it as the replacement character, as a browser would.
            composed = string.Concat(text.EnumerateRunes().Select(rune => rune.ToString())).Normalize(NormalizationForm.FormKC);
        }
        return composed.ToLowerInvariant().Replace('ς', 'σ');
    }

    /// <summary>A token as a slice of the text it was read from: strings are made only for tokens kept.</summary>
    public delegate void TokenSink(ReadOnlySpan<char> token);

    /// <summary>The tokens of normalized text, in reading order, repeats included: words, CJK characters and CJK pairs.</summary>
    public static void Index(string normalized, TokenSink token) => Read(normalized, token, (character, pair) =>
    {
        token(character);
        if (!pair.IsEmpty)
        {
            token(pair);
        }
    });

    /// <summary>
    /// What one query term (no whitespace) looks up, each found in one field of a post for the term to match: its words,
    /// and for a CJK run its pairs (its one character when alone).
    /// </summary>
    public static IReadOnlyList<SearchTermPart> Parts(string term)
    {
        var parts = new List<SearchTermPart>();
        var run = new List<string>();
        Read(Normalize(term), word =>
        {
            EndRun();
            parts.Add(new SearchTermPart(word.ToString(), CountRunes(word) >= PrefixLength));
        }, (character, pair) =>
        {
            if (pair.IsEmpty)
            {
                EndRun();
            }
            run.Add(character.ToString());
        });
        EndRun();
        return [.. parts.Distinct()];

        void EndRun()
        {
            parts.AddRange(PairsLookedUp(run).Select(text => new SearchTermPart(text, Prefix: false)));
            run.Clear();
        }
    }

    /// <summary>
    /// The pairs a query's CJK run is looked up by: every pair of neighbours, overlapping (普京通电话 is 普京, 京通, 通电,
    /// 电话), up to <see cref="MaxPairsLookedUp"/>. Overlapping pairs keep the characters nearly in order: pairs side by
    /// side would halve the download but find thousands of posts where common words merely occur apart.
    /// </summary>
    private static IEnumerable<string> PairsLookedUp(List<string> run)
    {
        if (run.Count == 1)
        {
            yield return run[0];
        }
        for (var start = 0; start + 1 < run.Count && start < MaxPairsLookedUp; start++)
        {
            yield return run[start] + run[start + 1];
        }
    }

    /// <summary>
    /// Reads normalized text as words and CJK characters. <paramref name="cjk"/> gets each CJK character with the pair it
    /// ends (empty for the first of a run).
    /// </summary>
    private static void Read(string text, TokenSink word, CjkSink cjk)
    {
        var wordStart = -1;
        var wordRunes = 0;
        var previousCjk = -1;
        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.Utf16SequenceLength;
            if (CjkText.IsCjk(rune))
            {
                EndWord(at);
                cjk(text.AsSpan(at, length), previousCjk < 0 ? default : text.AsSpan(previousCjk, at + length - previousCjk));
                previousCjk = at;
            }
            else
            {
                previousCjk = -1;
                if (!IsWordRune(rune))
                {
                    EndWord(at);
                }
                else if (wordStart < 0)
                {
                    wordStart = at;
                    wordRunes = 1;
                }
                else if (wordRunes < MaxWordLength)
                {
                    wordRunes++;
                }
                else if (wordRunes == MaxWordLength)
                {
                    // Past the limit the word goes on (it is one word) but only its beginning is kept.
                    word(text.AsSpan(wordStart, at - wordStart));
                    wordRunes++;
                }
            }
            at += length;
        }
        EndWord(at);

        void EndWord(int end)
        {
            if (wordStart >= 0 && wordRunes <= MaxWordLength)
            {
                word(text.AsSpan(wordStart, end - wordStart));
            }
            wordStart = -1;
        }
    }

    private delegate void CjkSink(ReadOnlySpan<char> character, ReadOnlySpan<char> pair);

    private static int CountRunes(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }

    /// <summary>Letters, marks and digits: what words are made of (the script's <c>[\p{L}\p{M}\p{N}]</c>).</summary>
    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
