namespace BlogGen.Generators;

/// <summary><c>page.reading_time</c> (whole minutes, at least 1) and <c>page.word_count</c>; see <see cref="ReadingTime"/>.</summary>
public sealed class ReadingTimeEnricher : IPageEnricher
{
    // A body kept from the last build of the session has the same text string: it is counted once.
    private readonly BodyMemo<Tuple<int, int>> _counted = new(text => ReadingTime.OfText(text).ToTuple());

    public UInt128 SiteInputs(SiteSnapshot site) => UInt128.Zero;

    public PageFacts Enrich(SiteSnapshot site, RenderedDocument document, PageFacts facts)
    {
        var (words, minutes) = _counted.For(document.Text);
        return facts with { WordCount = words, ReadingMinutes = minutes };
    }
}
