using BlogGen.Content;

namespace BlogGen.Generators;

/// <summary>
/// How long a body takes to read: CJK characters at <see cref="CjkCharactersPerMinute"/>, other words
/// (runs between spaces and punctuation) at <see cref="WordsPerMinute"/>, rounded up, at least one minute.
/// </summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 200;
    public const int CjkCharactersPerMinute = 400;

    /// <param name="text">A body's readable text (<see cref="PlainText.FromHtml"/>), which a build makes once when the body converts.</param>
    /// <returns>The words as <c>number_of_words</c> counts them (each CJK character one) and the minutes.</returns>
    public static (int WordCount, int Minutes) OfText(string text)
    {
        var (words, cjk) = WordCount.Of(text);
        var minutes = (double)(words - cjk) / WordsPerMinute + (double)cjk / CjkCharactersPerMinute;
        return (words, Math.Max(1, (int)Math.Ceiling(minutes)));
    }
}
