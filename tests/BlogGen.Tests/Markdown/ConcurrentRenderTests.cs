using BlogGen.Content;
using BlogGen.Markdown;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Markdown;

public sealed class ConcurrentRenderTests
{
    private static readonly string[] Documents =
    [
        FrontMatterParser.Parse(File.ReadAllText(RepositoryFiles.SeedPostPath), "seed", TimeZoneInfo.Utc).Body,
        "# Intro\n## Intro\n## 特朗普：立即启动谈判\n\nText[^1] with [a](javascript:x).\n\n[^1]: Note <kbd>k</kbd>.",
        "| a | b |\n|:--|--:|\n| [x](/x) | ![y](vbscript:y) |\n\n- [x] done\n- [ ] todo",
        "[r][d] and <javascript:z> and https://example.com\n\n[d]: data:text/html,x\n\n~~gone~~",
        "Setext\n======\n\n```cs\nvar x = 1;\n```\n\n## C# 与 .NET 10\n## C# 与 .NET 10",
    ];

    [Fact]
    public void Rendering_from_many_threads_gives_the_sequential_output()
    {
        var renderer = new MarkdownRenderer(TestUrlPolicy.IsSafe);
        var expected = Documents.Select(markdown => renderer.Render(markdown)).ToArray();
        const int Threads = 8;
        const int RoundsPerThread = 25;
        var mismatches = 0;
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < RoundsPerThread; round++)
            {
                var index = (worker + round) % Documents.Length;
                if (!SameResult(expected[index], renderer.Render(Documents[index])))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();
        foreach (var thread in workers)
        {
            thread.Start();
        }

        foreach (var thread in workers)
        {
            thread.Join();
        }

        Assert.Equal(0, mismatches);
        Assert.All(expected, result => Assert.NotEmpty(result.Html));
    }

    private static bool SameResult(MarkdownResult expected, MarkdownResult actual) =>
        expected.Html == actual.Html
        && expected.ContainsRawHtml == actual.ContainsRawHtml
        && expected.Headings.SequenceEqual(actual.Headings)
        && expected.RemovedUrls.SequenceEqual(actual.RemovedUrls);
}
