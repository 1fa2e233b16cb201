using System.Diagnostics;
using System.Text;

using BlogGen.Diagnostics;
using BlogGen.Yaml;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Yaml;

public class YamlValueReaderTests
{
    [Theory]
    [InlineData("True", "bool:true")]
    [InlineData("true", "bool:true")]
    [InlineData("TRUE", "bool:true")]
    [InlineData("False", "bool:false")]
    [InlineData("false", "bool:false")]
    [InlineData("\"True\"", "string:True")]
    [InlineData("'false'", "string:false")]
    [InlineData("yes", "string:yes")]
    [InlineData("no", "string:no")]
    [InlineData("on", "string:on")]
    [InlineData("12", "long:12")]
    [InlineData("-7", "long:-7")]
    [InlineData("+7", "long:7")]
    [InlineData("007", "long:7")]
    [InlineData("0x1F", "long:31")]
    [InlineData("0o17", "long:15")]
    [InlineData("\"12\"", "string:12")]
    [InlineData("12345678901234567890123", "string:12345678901234567890123")]
    [InlineData("1_000", "string:1_000")]
    [InlineData("1.5", "double:1.5")]
    [InlineData("-.5", "double:-0.5")]
    [InlineData("1e3", "double:1000")]
    [InlineData("6.02E+23", "double:6.02E+23")]
    [InlineData(".inf", "double:Infinity")]
    [InlineData("-.Inf", "double:-Infinity")]
    [InlineData(".NaN", "double:NaN")]
    [InlineData("1.2.3", "string:1.2.3")]
    [InlineData("null", "null")]
    [InlineData("Null", "null")]
    [InlineData("NULL", "null")]
    [InlineData("~", "null")]
    [InlineData("", "null")]
    [InlineData("\"\"", "string:")]
    [InlineData("'null'", "string:null")]
    [InlineData("2025-02-13", "date:2025-02-13T00:00:00.000+08:00")]
    [InlineData("2025-02-12T23:55:52.000Z", "date:2025-02-12T23:55:52.000+00:00")]
    [InlineData("2025-02-13 08:55:52 +0900", "date:2025-02-13T08:55:52.000+09:00")]
    [InlineData("2025-02-13 08:55:52 +09:00", "date:2025-02-13T08:55:52.000+09:00")]
    [InlineData("2001-12-14 21:59:43.10 -5", "date:2001-12-14T21:59:43.100-05:00")]
    [InlineData("2001-12-14t21:59:43.10-05:00", "date:2001-12-14T21:59:43.100-05:00")]
    [InlineData("2025-02-13 08:55:52", "date:2025-02-13T08:55:52.000+08:00")]
    [InlineData("2025-02-13T08:55:52", "date:2025-02-13T08:55:52.000+08:00")]
    [InlineData("2025-2-3 8:05:02", "date:2025-02-03T08:05:02.000+08:00")]
    [InlineData("\"2025-02-13\"", "string:2025-02-13")]
    [InlineData("2025-02-30", "string:2025-02-30")]
    [InlineData("2025-2-3", "string:2025-2-3")]
    [InlineData("2025-02-13 25:00:00", "string:2025-02-13 25:00:00")]
    [InlineData("2025-02-13 08:55", "string:2025-02-13 08:55")]
    [InlineData("Hello, world", "string:Hello, world")]
    [InlineData("特朗普与普京达成协议", "string:特朗普与普京达成协议")]
    [InlineData("!!str 12", "string:12")]
    [InlineData("!!str true", "string:true")]
    [InlineData("!!int \"12\"", "long:12")]
    [InlineData("!!float 3", "double:3")]
    [InlineData("!!bool 'true'", "bool:true")]
    [InlineData("!!null ''", "null")]
    [InlineData("!!timestamp '2025-02-13'", "date:2025-02-13T00:00:00.000+08:00")]
    [InlineData("! 12", "string:12")]
    [InlineData("!custom 12", "long:12")]
    [InlineData("|\n  line one\n  line two", "string:line one\nline two\n")]
    [InlineData(">-\n  folded\n  text", "string:folded text")]
    public void ScalarsGetRealTypes(string yamlValue, string expected)
    {
        var result = YamlValueReader.ReadMapping("value: " + yamlValue + "\n", "post.md", 1, Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, Describe(result.Values["value"]));
    }

    [Fact]
    public void CollectionsAreListsAndOrdinalMapsInWrittenOrder()
    {
        var result = YamlValueReader.ReadMapping(
            "zeta: 1\nTags: [ 日本経済新聞, 2 ]\nalpha:\n  b: x\n  a: [y, {c: d}]\ntags: lower\n",
            "post.md",
            1,
            Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["zeta", "Tags", "alpha", "tags"], result.Values.Keys);
        Assert.Equal("[string:日本経済新聞, long:2]", Describe(result.Values["Tags"]));
        Assert.Equal("{b: string:x, a: [string:y, {c: string:d}]}", Describe(result.Values["alpha"]));
        var nested = Assert.IsType<Dictionary<string, object?>>(result.Values["alpha"]);
        Assert.Same(StringComparer.Ordinal, nested.Comparer);
    }

    [Fact]
    public void KeysStayAsWritten()
    {
        var result = YamlValueReader.ReadMapping("2025: year\ntrue: flag\n~: nothing\n", "a.md", 0, Shanghai);

        Assert.Equal(["2025", "true", "~"], result.Values.Keys);
    }

    [Fact]
    public void EmptyDocumentIsAnEmptyMap()
    {
        foreach (var yaml in new[] { "", "\n", "# only a comment\n", "~\n" })
        {
            var result = YamlValueReader.ReadMapping(yaml, "a.md", 1, Shanghai);
            Assert.Empty(result.Values);
            Assert.Empty(result.Diagnostics);
        }
    }

    [Theory]
    [InlineData("- a\n- b\n", 2)]
    [InlineData("just text\n", 2)]
    [InlineData("\n\n[1, 2]\n", 4)]
    public void RootThatIsNotAMapIsAnError(string yaml, int line)
    {
        var result = YamlValueReader.ReadMapping(yaml, "_posts/list.md", 1, Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterNotMap, diagnostic.Code);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains("front matter must be a set of `key: value` lines", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Values);
    }

    [Fact]
    public void DuplicateKeysAreErrorsNamingKeyAndLines()
    {
        var result = YamlValueReader.ReadMapping("title: a\ndate: 2025-02-13\ntitle: b\nnested:\n  x: 1\n  x: 2\n", "_posts/dup.md", 1, Shanghai);

        Assert.Equal(
            [
                "_posts/dup.md(4,1): error BG1004: the key 'title' appears twice (first on line 2): remove one of them",
                "_posts/dup.md(7,3): error BG1004: the key 'x' appears twice (first on line 6): remove one of them",
            ],
            result.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(result.Values);
    }

    [Fact]
    public void QuotedAndPlainSpellingsOfOneKeyAreDuplicates()
    {
        var result = YamlValueReader.ReadMapping("title: a\n\"title\": b\n", "a.md", 0, Shanghai);

        Assert.Equal(DiagnosticCodes.FrontMatterDuplicateKey, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("title: Hello: World\n", 2, "put the value in quotes")]
    [InlineData("title: ok\ntags: [a, b\nnext: 1\n", 3, "'[' opened here is never closed")]
    [InlineData("title: ok\ntags: [a, b\n", 4, "'[' list is not closed")]
    [InlineData("title: \"unterminated\n", 2, "quoted value is never closed")]
    [InlineData("title: ok\ntags:\n  - a\n - b\n", 5, "check the indentation")]
    [InlineData("title: ok\nx: @handle\n", 3, "put the value in quotes")]
    [InlineData("title: *bold* text\n", 2, "put the whole value in quotes")]
    [InlineData("title: *bold*\n", 2, "'*bold*' refers to no anchor: define '&bold*' on a value above it, or put the text in quotes")]
    [InlineData("a: 1\nb: !!int twelve\n", 3, "tagged !!int but is not a whole number")]
    [InlineData("a: !!timestamp yesterday\n", 2, "tagged !!timestamp")]
    [InlineData("a: *missing\n", 2, "'*missing' refers to no anchor")]
    public void SyntaxErrorsNameTheFileLine(string yaml, int fileLine, string messagePart)
    {
        var result = YamlValueReader.ReadMapping(yaml, "_posts/bad.md", 1, Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterYamlError, diagnostic.Code);
        Assert.Equal(fileLine, diagnostic.Line);
        Assert.True(diagnostic.Column > 0);
        Assert.Contains(messagePart, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("invalid YAML: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Values);
    }

    [Theory]
    [InlineData("title: ok\ntags:\n\t- a\n", 4)]
    [InlineData("a: 1\n\tb: 2\n", 3)]
    [InlineData("a:\n  b: 1\n  \tc: 2\n", 4)]
    public void TabsInIndentationPointAtTheTab(string yaml, int fileLine)
    {
        var result = YamlValueReader.ReadMapping(yaml, "_posts/tabs.md", 1, Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterYamlError, diagnostic.Code);
        Assert.Equal(fileLine, diagnostic.Line);
        Assert.Contains("replace the tab with spaces", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TabAfterAColonIsAllowed()
    {
        var result = YamlValueReader.ReadMapping("title:\tHello\n", "a.md", 1, Shanghai);

        Assert.Equal("string:Hello", Describe(result.Values["title"]));
    }

    [Fact]
    public void AliasesAreExpandedAsIndependentCopies()
    {
        var result = YamlValueReader.ReadMapping("base: &b {x: [1, 2]}\ncopy: *b\nname: &n Ann\nwho: *n\n", "a.md", 0, Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("{x: [long:1, long:2]}", Describe(result.Values["copy"]));
        Assert.Equal("string:Ann", Describe(result.Values["who"]));
        Assert.NotSame(result.Values["base"], result.Values["copy"]);
    }

    [Fact]
    public void MergeKeysBringDefaultsThatExplicitKeysOverride()
    {
        const string yaml = """
            defaults: &defaults
              layout: post
              comments: true
            extra: &extra
              layout: page
              author: Ann
            post:
              title: Hello
              <<: [*defaults, *extra]
              comments: false
            """;

        var result = YamlValueReader.ReadMapping(yaml, "a.md", 0, Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            "{title: string:Hello, layout: string:post, author: string:Ann, comments: bool:false}",
            Describe(result.Values["post"]));
    }

    [Fact]
    public void MergeOfSomethingOtherThanAMapIsAnError()
    {
        var result = YamlValueReader.ReadMapping("a: &a [1]\nb:\n  <<: *a\n", "a.md", 1, Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("'<<'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasBombStopsQuicklyWithAnError()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var clock = Stopwatch.StartNew();
        var result = YamlValueReader.ReadMapping(yaml.ToString(), "_posts/bomb.md", 1, Shanghai);
        clock.Stop();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterYamlError, diagnostic.Code);
        Assert.Contains("more than 100,000 values", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void DeepNestingIsRefusedWithoutOverflowingTheStack()
    {
        var yaml = "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var result = YamlValueReader.ReadMapping(yaml, "a.md", 1, Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("nested more than 64 levels", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasThatWouldNestTooDeepIsRefused()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var yaml = $"a: &a {deep}\nb: {new string('[', 30)}*a{new string(']', 30)}\n";

        var result = YamlValueReader.ReadMapping(yaml, "a.md", 0, Shanghai);

        Assert.Contains("nested more than 64 levels", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplexKeysAreRefused()
    {
        var result = YamlValueReader.ReadMapping("? [a, b]\n: 1\n", "a.md", 1, Shanghai);

        Assert.Contains("a key must be plain text", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondDocumentIsAnError()
    {
        var result = YamlValueReader.ReadDocument("a: 1\n--- # again\nb: 2\n", "_data/x.yml", Shanghai);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("more than one YAML document", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- a\n- 2\n", "[string:a, long:2]")]
    [InlineData("42\n", "long:42")]
    [InlineData("", "null")]
    [InlineData("---\nname: x\n...\n", "{name: string:x}")]
    public void DocumentsMayHaveAnyRoot(string yaml, string expected)
    {
        var result = YamlValueReader.ReadDocument(yaml, "_data/x.yml", Shanghai);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, Describe(result.Value));
    }

    [Fact]
    public void DataDocumentsMayBeLargerThanFrontMatter()
    {
        var yaml = "numbers: [" + string.Join(", ", Enumerable.Range(0, 150_000)) + "]\n";

        var frontMatter = YamlValueReader.ReadMapping(yaml, "a.md", 1, Shanghai);
        var document = YamlValueReader.ReadDocument(yaml, "_data/big.yml", Shanghai);

        Assert.Contains("more than 100,000 values", Assert.Single(frontMatter.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(150_000, Assert.IsType<List<object?>>(Assert.IsType<Dictionary<string, object?>>(document.Value)["numbers"]).Count);
    }

    [Fact]
    public void ReadingIsThreadSafe()
    {
        const string yaml = "title: x\ndate: 2025-02-12T23:55:52.000Z\ntags: [a, b]\nbase: &b {k: v}\ncopy: *b\n";
        var results = Enumerable.Range(0, 200).AsParallel()
            .Select(_ => Describe(new Dictionary<string, object?>(YamlValueReader.ReadMapping(yaml, "a.md", 1, Shanghai).Values, StringComparer.Ordinal)))
            .Distinct()
            .ToList();

        Assert.Equal(
            "{title: string:x, date: date:2025-02-12T23:55:52.000+00:00, tags: [string:a, string:b], base: {k: string:v}, copy: {k: string:v}}",
            Assert.Single(results));
    }
}
