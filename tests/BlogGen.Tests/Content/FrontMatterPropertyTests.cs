using BlogGen.Configuration;
using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

using CsCheck;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Content;

/// <summary>Properties of splitting front matter from a body, checked on generated files.</summary>
public sealed class FrontMatterPropertyTests : IDisposable
{
    private const int Iterations = 2_000;

    private static readonly Gen<string> Key =
        Gen.Select(Gen.Char['a', 'z'], Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"].Array[0, 10], (first, rest) => first + new string(rest));

    /// <summary>Any text, including quotes, colons, YAML indicators and CJK: written double-quoted, so it is always a string.</summary>
    private static readonly Gen<string> Value =
        Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['0', '9'], Gen.Char[" :#-[]{}&*!|>'\"%@`,?\\"], Gen.Char['\u4E00', '\u9FFF'])
            .Array[0, 20].Select(chars => new string(chars));

    private static readonly Gen<(string Key, string Value)[]> Map =
        Key.ArrayUnique[0, 8].SelectMany(keys => Value.Array[keys.Length].Select(values => keys.Zip(values).ToArray()));

    /// <summary>Lines that look like fences, YAML and Markdown, or any characters at all.</summary>
    private static readonly Gen<string> Body = Gen.OneOf(
        Gen.String,
        Gen.OneOf<string>("---", "...", "--- ", "title: x", "\n", "\r\n", "\r", "# heading", "{{ page.title }}", "日本経済新聞", "\uFEFF", " ", "\t")
            .Array[0, 30].Select(parts => string.Concat(parts)));

    private static readonly Gen<string> LineBreak = Gen.OneOf<string>("\n", "\r\n");

    /// <summary>Lines a hand-written (or broken) front matter is made of.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.OneOf<string>("---", "...", "--- \t", "title: x", "date: 2025-02-13", "tags: [a, b", "- item", "  nested: 1", "key: \"open",
                "&anchor x", "*anchor", "<<: *anchor", "? complex", "!!binary x", "%YAML 1.2", "{", "}", "[", "]", ":", "|", ">", "\t", "\uFEFF", "")
            .Array[0, 20].SelectMany(lines => LineBreak.Select(lineBreak => string.Join(lineBreak, lines))));

    private readonly TempSite _site = new TempSite().With("_config.yml", "timezone: Asia/Shanghai\n");
    private readonly SiteConfig _config;
    private int _files;

    public FrontMatterPropertyTests() => _config = _site.LoadConfig();

    public void Dispose() => _site.Dispose();

    private static string Compose(bool byteOrderMark, (string Key, string Value)[] map, string lineBreak, string body) =>
        (byteOrderMark ? "\uFEFF" : "") + "---" + lineBreak
        + string.Concat(map.Select(entry => $"{entry.Key}: \"{Escape(entry.Value)}\"{lineBreak}"))
        + "---" + lineBreak + body;

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [Fact]
    public void SplittingAComposedFileGivesBackTheKeysAndTheBodyExactly() =>
        Gen.Select(Gen.Bool, Map, LineBreak, Body).Sample((byteOrderMark, map, lineBreak, body) =>
        {
            var result = FrontMatterParser.Parse(Compose(byteOrderMark, map, lineBreak, body), "_posts/a.md", Shanghai);

            Assert.Empty(result.Diagnostics);
            Assert.Equal(map.Select(e => e.Key), result.Values.Keys);
            Assert.Equal(map.Select(e => "string:" + e.Value), result.Values.Values.Select(Describe));
            Assert.Equal(body, result.Body);
            Assert.Equal(map.Length + 3, result.BodyStartLine);
        }, iter: Iterations);

    [Fact]
    public void KeyLinesAreTheFileLinesTheKeysAreWrittenOn() =>
        Gen.Select(Map.Where(m => m.Length > 0), LineBreak, Body).Sample((map, lineBreak, body) =>
        {
            var text = Compose(false, map, lineBreak, body);
            var frontMatter = FrontMatterParser.Parse(text, "_posts/a.md", Shanghai).Text;

            for (var index = 0; index < map.Length; index++)
            {
                Assert.Equal(index + 2, FrontMatterKeyLine.Find(text, map[index].Key));
                Assert.Equal(index + 2, FrontMatterKeyLine.Find(frontMatter, map[index].Key));
            }
        }, iter: Iterations);

    [Fact]
    public void AnyTextSplitsWithoutThrowingAndTheBodyIsItsEnd() =>
        AnyText.Sample(text =>
        {
            var result = FrontMatterParser.Parse(text, "_posts/a.md", Shanghai);

            var withoutMark = text.StartsWith('\uFEFF') ? text[1..] : text;
            if (!FrontMatterParser.HasFrontMatter(text))
            {
                Assert.Equal((withoutMark, 1), (result.Body, result.BodyStartLine));
                return;
            }
            if (result.Failed)
            {
                Assert.Empty(result.Values);
            }
            else
            {
                Assert.EndsWith(result.Body, withoutMark, StringComparison.Ordinal);
                var head = withoutMark[..^result.Body.Length];
                Assert.Equal(head, result.Text);
                // A closing fence on the last line, without a line break, is followed by an empty body on the next line.
                var fenceEndsTheFile = result.Body.Length == 0 && !head.EndsWith('\n');
                Assert.Equal(head.Count(c => c == '\n') + (fenceEndsTheFile ? 2 : 1), result.BodyStartLine);
            }
            var lines = text.Count(c => c == '\n') + 1;
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 0, lines));
        }, iter: Iterations);

    [Fact]
    public void AReadPostKeepsItsBodyTitleAndBodyLine() =>
        Gen.Select(Map, Value, LineBreak, Body.Where(b => !b.Contains('\0', StringComparison.Ordinal))).Sample((map, title, lineBreak, body) =>
        {
            var entries = map.Where(e => e.Key is not ("title" or "date" or "permalink" or "published" or "slug" or "categories" or "category"))
                .Prepend(("title", title)).ToArray();
            var result = ReadPost(Compose(false, entries, lineBreak, ValidUtf16(body)));

            var document = Assert.IsType<Document>(result.Document);
            Assert.Equal((ValidUtf16(body), entries.Length + 3, title), (document.Body, document.BodyStartLine, document.Title));
        }, iter: 300);

    [Fact]
    public void AnInvalidDateIsReportedOnTheLineItIsWrittenOn() =>
        Gen.Select(Map, Gen.Int[0, 8], LineBreak).Sample((map, position, lineBreak) =>
        {
            var entries = map.Where(e => e.Key is not ("date" or "published")).ToList();
            position = Math.Min(position, entries.Count);
            entries.Insert(position, ("date", "not a date"));
            var result = ReadPost(Compose(false, [.. entries], lineBreak, "Body"));

            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal((DiagnosticCodes.DateInvalid, position + 2), (error.Code, error.Line));
        }, iter: 300);

    private DocumentReadResult ReadPost(string text)
    {
        var path = $"_posts/2025-02-13-post-{Interlocked.Increment(ref _files)}.md";
        _site.With(path, text);
        return DocumentReader.Read(new SourceFile(_site.PathOf(path), path), DocumentKind.Post, _config);
    }

    /// <summary>A file holds UTF-8, so a lone surrogate cannot reach the reader: it is written as U+FFFD.</summary>
    private static string ValidUtf16(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
}
