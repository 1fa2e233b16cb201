using BlogGen.Content;
using BlogGen.Diagnostics;
using BlogGen.Tests.TestSupport;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Content;

public sealed class DataTreeLoaderTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string DataFolder => Path.Combine(_site.Root, "_data");

    [Fact]
    public void ReadsEveryFormatAndNestsFolders()
    {
        _site.With("_data/navigation.yml", "- title: Home\n  url: /\n- title: 关于\n  url: /about/\n");
        _site.With("_data/authors/en.yml", "ann:\n  name: Ann\n  since: 2025-02-13\n");
        _site.With("_data/authors/zh.json", "{\"wang\": {\"name\": \"王 征\", \"posts\": 12, \"ratio\": 0.5, \"active\": true, \"note\": null}}");
        _site.With("_data/books.csv", "title,year\nDune,1965\n");
        _site.With("_data/deep/er/still.tsv", "a\tb\n1\t2\n");

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            "{authors: {en: {ann: {name: string:Ann, since: date:2025-02-13T00:00:00.000+08:00}}, "
                + "zh: {wang: {name: string:王 征, posts: long:12, ratio: double:0.5, active: bool:true, note: null}}}, "
                + "books: [{title: string:Dune, year: string:1965}], "
                + "deep: {er: {still: [{a: string:1, b: string:2}]}}, "
                + "navigation: [{title: string:Home, url: string:/}, {title: string:关于, url: string:/about/}]}",
            Describe(new Dictionary<string, object?>(result.Data, StringComparer.Ordinal)));
    }

    [Fact]
    public void OrderIsOrdinalByName()
    {
        foreach (var name in new[] { "b", "a", "B", "_c", "Z" })
        {
            _site.With($"_data/{name}.yml", "1");
        }

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Equal(["B", "Z", "_c", "a", "b"], result.Data.Keys);
    }

    [Fact]
    public void BadFilesAreReportedAndTheOthersStillLoad()
    {
        _site.With("_data/a-good.yml", "ok: true\n");
        _site.With("_data/b-bad.yml", "title: ok\nlist: [1, 2\n");
        _site.With("_data/c-bad.json", "{\n  \"a\": 1,\n  \"b\": oops\n}\n");
        _site.With("_data/d-dup.yml", "k: 1\nk: 2\n");
        _site.WithBytes("_data/e-latin1.csv", [(byte)'n', (byte)'\n', 0xE9, (byte)'\n']);
        _site.With("_data/nested/f-bad.csv", "a,b\n1,\"open\n");
        _site.With("_data/nested/g-good.json", "[1]");

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Equal(["a-good", "nested"], result.Data.Keys);
        Assert.Equal("{g-good: [long:1]}", Describe(result.Data["nested"]));
        Assert.Equal(
            [
                ("_data/b-bad.yml", 3, DiagnosticCodes.DataFileInvalid),
                ("_data/c-bad.json", 3, DiagnosticCodes.DataFileInvalid),
                ("_data/d-dup.yml", 2, DiagnosticCodes.DataFileInvalid),
                ("_data/e-latin1.csv", 2, DiagnosticCodes.NotUtf8),
                ("_data/nested/f-bad.csv", 2, DiagnosticCodes.DataFileInvalid),
            ],
            result.Diagnostics.Select(diagnostic => (diagnostic.Path, diagnostic.Line, diagnostic.Code)));
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(Severity.Error, diagnostic.Severity));
    }

    [Fact]
    public void JsonErrorNamesLineAndColumn()
    {
        _site.With("_data/menu.json", "{\n  \"名\": 1,\n  \"b\": oops\n}\n");

        var diagnostic = Assert.Single(DataTreeLoader.Load(DataFolder, Shanghai).Diagnostics);

        Assert.Equal((3, 8), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("invalid JSON: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonDuplicateKeysAreErrors()
    {
        _site.With("_data/x.json", "{\"a\": 1,\n \"a\": 2}");

        var diagnostic = Assert.Single(DataTreeLoader.Load(DataFolder, Shanghai).Diagnostics);

        Assert.Equal((DiagnosticCodes.DataFileInvalid, 2), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public void SameKeyFromTwoEntriesKeepsTheFirstAndWarns()
    {
        _site.With("_data/authors.json", "{\"from\": \"json\"}");
        _site.With("_data/authors.yml", "from: yaml\n");
        _site.With("_data/authors/en.yml", "from: folder\n");

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Equal("{en: {from: string:folder}}", Describe(result.Data["authors"]));
        Assert.Equal(
            [
                "_data/authors.json: warning BG1009: this is not read: '_data/authors' already defines the site.data key 'authors': rename one of them",
                "_data/authors.yml: warning BG1009: this is not read: '_data/authors' already defines the site.data key 'authors': rename one of them",
            ],
            result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void NamesBecomeKeysAsInJekyll()
    {
        _site.With("_data/my team.yml", "1");
        _site.With("_data/作者.yml", "2");
        _site.With("_data/v1.2-notes.yml", "3");

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Equal(["my_team", "v12-notes", "作者"], result.Data.Keys);
    }

    [Fact]
    public void HiddenAndUnknownFilesAreIgnored()
    {
        _site.With("_data/.hidden.yml", "x: 1\n");
        _site.With("_data/.git/config.yml", "x: 1\n");
        _site.With("_data/README.md", "# notes\n");
        _site.With("_data/UPPER.YML", "x: 1\n");

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["UPPER"], result.Data.Keys);
    }

    [Fact]
    public void EmptyYamlFileIsNull()
    {
        _site.With("_data/empty.yml", "# nothing yet\n");

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Data.ContainsKey("empty"));
        Assert.Null(result.Data["empty"]);
    }

    [Fact]
    public void MissingFolderIsNoData()
    {
        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Empty(result.Data);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void SymbolicLinksAreNotFollowed()
    {
        _site.With("outside/secret.yml", "key: value\n");
        Directory.CreateDirectory(DataFolder);
        Directory.CreateSymbolicLink(Path.Combine(DataFolder, "loop"), DataFolder);
        File.CreateSymbolicLink(Path.Combine(DataFolder, "secret.yml"), Path.Combine(_site.Root, "outside", "secret.yml"));

        var result = DataTreeLoader.Load(DataFolder, Shanghai);

        Assert.Empty(result.Data);
        Assert.Equal(["_data/loop", "_data/secret.yml"], result.Diagnostics.Select(diagnostic => diagnostic.Path));
        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(Severity.Warning, diagnostic.Severity));
    }
}
