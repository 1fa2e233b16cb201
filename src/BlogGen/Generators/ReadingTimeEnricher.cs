namespace BlogGen.Generators;

/// <summary><c>page.reading_time</c> (whole minutes, at least 1) and <c>page.word_count</c>; see <see cref="ReadingTime"/>.</summary>
public sealed class ReadingTimeEnricher : IPageEnricher
{
    public IReadOnlyList<string> Members { get; } = ["word_count", "reading_time"];

    public UInt128 SiteInputs(SiteSnapshot site) => UInt128.Zero;

    public void Enrich(SiteSnapshot site, RenderedDocument document)
    {
        var (words, minutes) = ReadingTime.Of(document.Html);
        document.Page["word_count"] = words;
        document.Page["reading_time"] = minutes;
    }
}
