namespace BlogGen.Generators;

/// <summary><c>page.reading_time</c> (whole minutes, at least 1) and <c>page.word_count</c>; see <see cref="ReadingTime"/>.</summary>
public sealed class ReadingTimeEnricher : IPageEnricher
{
    public void Enrich(SiteSnapshot site, RenderedDocument document)
    {
        var (words, minutes) = ReadingTime.Of(document.Html);
        document.Page["word_count"] = words;
        document.Page["reading_time"] = minutes;
    }
}
