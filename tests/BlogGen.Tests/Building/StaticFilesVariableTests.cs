using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Building;

/// <summary>
/// <c>site.static_files</c> lists the files copied as they are, with Jekyll's members, for layouts and bodies alike (each
/// checked against Jekyll 4.3's <c>jekyll build</c>).
/// </summary>
public sealed class StaticFilesVariableTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: Files\ntimezone: Asia/Tokyo\ncollections:\n  notes:\n    output: true\n")
        .With("_layouts/page.html", "{{ content }}|{% for file in site.static_files %}{{ file.path }}={{ file.basename }}{{ file.extname }};{% endfor %}")
        .With("files.md", "---\ntitle: Files\n---\n{% assign pdfs = site.static_files | where: 'extname', '.pdf' %}{% for file in pdfs %}{{ file.name }}{% endfor %}")
        .With("docs/guide.pdf", "not a pdf")
        .With("img/logo.png", "not a png")
        .With("archive.tar.gz", "not a tarball")
        .With("LICENSE", "no extension")
        .With("_notes/a.txt", "a file of a collection");

    private static readonly DateTime Saved = new(2025, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void StaticFilesAreListedWithTheirPathNameAndExtension()
    {
        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal("<p>guide.pdf</p>\n|/LICENSE=LICENSE;/archive.tar.gz=archive.tar.gz;/docs/guide.pdf=guide.pdf;/img/logo.png=logo.png;_notes/a.txt=a.txt;",
            _site.Output("files.html"));
    }

    [Theory]
    // the Liquid, what Jekyll writes for a file last written at 2025-02-03 04:05:06 UTC in a site whose timezone is Asia/Tokyo
    [InlineData("{{ file.modified_time }}", "2025-02-03 13:05:06 +0900")]
    [InlineData("{{ file.modified_time | date: '%Y-%m-%d %H:%M %z' }}", "2025-02-03 13:05 +0900")]
    [InlineData("{{ file.modified_time | date_to_xmlschema }}", "2025-02-03T13:05:06+09:00")]
    [InlineData("{{ file.path }}|{{ file.name }}|{{ file.basename }}|{{ file.extname }}|{{ file.collection }}", "/archive.tar.gz|archive.tar.gz|archive.tar|.gz|")]
    [InlineData("{% assign file = site.static_files | where: 'collection', 'notes' | first %}{{ file.path }}|{{ file.basename }}|{{ file.collection }}", "_notes/a.txt|a|notes")]
    public void EachFileHasJekyllsMembers(string liquid, string expected)
    {
        _site.With("one.md", "---\ntitle: One\n---\n{% assign file = site.static_files | where: 'name', 'archive.tar.gz' | first %}" + liquid);
        File.SetLastWriteTimeUtc(_site.PathOf("archive.tar.gz"), Saved);
        File.SetLastWriteTimeUtc(_site.PathOf("_notes/a.txt"), Saved);

        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.Equal($"<p>{expected}</p>\n|", _site.Output("one.html")[..(expected.Length + 9)]);
    }

    [Fact]
    public void DefaultsWhoseScopeTakesAFileInAreItsMembers()
    {
        _site.With("_config.yml", """
            title: Files
            collections:
              notes:
                output: true
            defaults:
              - scope: { path: img }
                values: { image: true, name: overridden }
              - scope: { path: "", type: pages }
                values: { typed: pages }
              - scope: { path: _notes, type: notes }
                values: { note: true }
            """)
            .With("one.md", "---\ntitle: One\n---\n{% for f in site.static_files %}[{{ f.name }}|{{ f.image }}|{{ f.typed }}|{{ f.note }}]{% endfor %}");

        var result = _site.Build();

        Assert.Equal(0, result.Errors);
        Assert.StartsWith("<p>[LICENSE|||][archive.tar.gz|||][guide.pdf|||][logo.png|true||][a.txt|||true]</p>", _site.Output("one.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWrittenAgainChangesOnlyThePagesThatShowWhen()
    {
        _site.With("times.md", "---\ntitle: Times\n---\n{% for file in site.static_files %}{{ file.modified_time | date: '%F %T' }};{% endfor %}");
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Saved);
        }
        _site.Build();
        var files = _site.Output("files.html");
        var times = _site.Output("times.html");

        File.SetLastWriteTimeUtc(_site.PathOf("img/logo.png"), Saved.AddHours(1));
        _site.Build();

        Assert.Equal(files, _site.Output("files.html"));
        Assert.NotEqual(times, _site.Output("times.html"));
        Assert.Contains("2025-02-03 14:05:06;", _site.Output("times.html"), StringComparison.Ordinal);
    }
}
