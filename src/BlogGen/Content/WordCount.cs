using System.Text;

namespace BlogGen.Content;

/// <summary>
/// The words of a plain text as a reader counts them: each CJK character is one word, as it is read one at a time;
/// other text counts runs of letters and digits between spaces and punctuation.
/// </summary>
/// <param name="Words">All words, the CJK characters among them.</param>
/// <param name="CjkCharacters">The words that are single CJK characters.</param>
public readonly record struct WordCount(int Words, int CjkCharacters)
{
    public static WordCount Of(string text)
    {
        var words = 0;
        var cjk = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (CjkText.IsCjk(rune))
            {
                words++;
                cjk++;
                inWord = false;
            }
            else if (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                words++;
                inWord = true;
            }
        }
        return new WordCount(words, cjk);
    }
}
