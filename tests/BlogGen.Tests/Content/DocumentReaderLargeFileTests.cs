using System.Text;

using BlogGen.Content;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Content;

/// <summary>
/// A file larger than the start decoded first (its front matter then decoded apart from its body) reads exactly as its
/// whole text does, wherever its front matter ends: within that start, at its edge, or beyond it.
/// </summary>
public sealed class DocumentReaderLargeFileTests : IDisposable
{
    private readonly TempSite _site = new TempSite().With("_config.yml", "timezone: Asia/Shanghai\n");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, int, bool> Files
    {
        get
        {
            // (line break, lines of front matter, byte order mark)
            var data = new TheoryData<string, int, bool> { { "\n", 3, false }, { "\r\n", 3, true }, { "\r\n", 300, false } };
            // Lines of about 40 bytes: the closing line falls on either side of the 4 KB edge, and on it.
            foreach (var lines in Enumerable.Range(95, 10))
            {
                data.Add("\n", lines, lines % 2 == 0);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_large_file_reads_as_its_whole_text(string lineBreak, int frontMatterLines, bool byteOrderMark)
    {
        var frontMatter = string.Join(lineBreak, Enumerable.Range(0, frontMatterLines)
            .Select(i => i == 0 ? "title: 大きな記事 " + i : $"key_{i}: 中文の値 {i} with more words"));
        var body = string.Concat(Enumerable.Range(0, 400).Select(i => $"第{i}段落の本文、*強調* and text.{lineBreak}{lineBreak}"));
        var text = $"---{lineBreak}{frontMatter}{lineBreak}---{lineBreak}{body}";
        var bytes = Encoding.UTF8.GetBytes(text);
        _site.WithBytes("_posts/2025-02-13-large.md", byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        var file = new SourceFile(_site.PathOf("_posts/2025-02-13-large.md"), "_posts/2025-02-13-large.md");
        var config = _site.LoadConfig();

        var fromFile = DocumentReader.Read(file, DocumentKind.Post, config);
        var fromText = DocumentReader.Read(file, text, DocumentKind.Post, config);

        var read = Assert.IsType<Document>(fromFile.Document);
        var expected = Assert.IsType<Document>(fromText.Document);
        Assert.Empty(fromFile.Diagnostics);
        Assert.Equal(body, read.Body);
        Assert.Equal(frontMatterLines + 3, read.BodyStartLine);
        Assert.Equal(expected.FrontMatterText, read.FrontMatterText);
        Assert.Equal(expected.FrontMatter, read.FrontMatter);
        Assert.Equal(expected.Hash, read.Hash);
    }

    [Fact]
    public void An_error_in_large_front_matter_is_reported_at_its_line()
    {
        var body = new string('x', 10_000);
        _site.With("_posts/2025-02-13-broken.md", "---\ntitle: ok\ntags: [unclosed\nnext: 1\n---\n" + body);
        var file = new SourceFile(_site.PathOf("_posts/2025-02-13-broken.md"), "_posts/2025-02-13-broken.md");

        var result = DocumentReader.Read(file, DocumentKind.Post, _site.LoadConfig());

        Assert.Null(result.Document);
        Assert.Equal(3, Assert.Single(result.Diagnostics).Line);
    }
}
