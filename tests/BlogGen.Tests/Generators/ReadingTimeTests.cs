using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Generators;

public sealed class ReadingTimeTests
{
    private static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));

    private static string Han(int count) => new('字', count);

    public static TheoryData<string, int, int> Bodies => new()
    {
        { "", 0, 1 },
        { "<p>" + Words(10) + "</p>", 10, 1 },
        { "<p>" + Words(200) + "</p>", 200, 1 },
        { "<p>" + Words(201) + "</p>", 201, 2 },
        { "<p>" + Words(1000) + "</p>", 1000, 5 },
        { "<p>" + Han(400) + "</p>", 400, 1 },
        { "<p>" + Han(401) + "</p>", 401, 2 },
        { "<p>" + Han(2000) + "</p>", 2000, 5 },
        { "<p>" + Han(400) + " " + Words(200) + "</p>", 600, 2 },
        { "<p>日本語のテキスト, and English.</p>", 10, 1 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Cjk_characters_and_words_are_read_at_their_own_rates(string html, int words, int minutes) =>
        Assert.Equal((words, minutes), ReadingTime.OfText(PlainText.FromHtml(html)));

    [Theory]
    [InlineData(1000, 0, "5 min read", 1000)]
    [InlineData(0, 1200, "3 min read", 1200)]
    [InlineData(3, 0, "1 min read", 3)]
    public void Post_meta_shows_the_reading_time(int words, int han, string shown, int wordCount)
    {
        using var site = new TempSite()
            .With("_config.yml", "title: T\n")
            .With("_layouts/count.html", "---\nlayout: post\n---\n<p id=\"count\">{{ page.word_count }}</p>{{ content }}")
            .With("_posts/2025-01-01-post.md", $"---\ntitle: Doc\nlayout: count\n---\n{Words(words)}{Han(han)}\n");

        site.Build();

        var page = Html.Parse(site.Output("2025/01/01/post.html"));
        Assert.Equal(shown, page.QuerySelector(".post-meta .post-reading-time")?.TextContent);
        Assert.Equal(wordCount.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#count")?.TextContent);
    }
}
