using BlogGen.Content;
using BlogGen.Diagnostics;

using static BlogGen.Tests.Content.ContentTestValues;

namespace BlogGen.Tests.Content;

public class CsvDataReaderTests
{
    [Theory]
    [InlineData("name,quote\nAnn,\"Hello, world\"\n", "[{name: string:Ann, quote: string:Hello, world}]")]
    [InlineData("name,quote\nAnn,\"She said \"\"hi\"\"\"\n", "[{name: string:Ann, quote: string:She said \"hi\"}]")]
    [InlineData("name,bio\nAnn,\"line one\nline two\"\nBob,x\n", "[{name: string:Ann, bio: string:line one\nline two}, {name: string:Bob, bio: string:x}]")]
    [InlineData("a,b,c\r\n1,,\"\"\r\n", "[{a: string:1, b: null, c: string:}]")]
    [InlineData("a,b\n1\n", "[{a: string:1, b: null}]")]
    [InlineData("a,b\n1,2", "[{a: string:1, b: string:2}]")]
    [InlineData("a,b\n\n1,2\n\n", "[{a: string:1, b: string:2}]")]
    [InlineData("a,b\n", "[]")]
    [InlineData("", "[]")]
    [InlineData("\"a,1\",b\nx,y\n", "[{a,1: string:x, b: string:y}]")]
    [InlineData("名前,年\n王 征,2025\n", "[{名前: string:王 征, 年: string:2025}]")]
    public void ReadsRfc4180(string csv, string expected)
    {
        var result = CsvDataReader.Read(csv, "_data/x.csv", ',');

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, Describe(result.Value));
    }

    [Fact]
    public void TsvUsesTabsAndTheSameQuoting()
    {
        var result = CsvDataReader.Read("a\tb\n\"x\ty\"\tz,w\n", "_data/x.tsv", '\t');

        Assert.Equal("[{a: string:x\ty, b: string:z,w}]", Describe(result.Value));
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n2,3\n", 2, "never closed")]
    [InlineData("a,b\n1,\"x\"y\n", 2, "text follows the closing quote")]
    [InlineData("a,b\n1,x\"y\n", 2, "double quote inside a field")]
    [InlineData("a,b\n1,2\n1,2,3\n", 3, "this row has 3 fields but the header has 2: put fields that contain ',' in double quotes")]
    [InlineData("a,,c\n1,2,3\n", 1, "column 2 of the header row has no name")]
    [InlineData("a,b,a\n1,2,3\n", 1, "the column 'a' is named twice")]
    [InlineData("a,b\n\"multi\nline\",2\n1,2,3\n", 4, "this row has 3 fields")]
    public void MalformedCsvNamesTheLine(string csv, int line, string messagePart)
    {
        var result = CsvDataReader.Read(csv, "_data/x.csv", ',');

        Assert.Null(result.Value);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.DataFileInvalid, line), (diagnostic.Code, diagnostic.Line));
        Assert.Contains(messagePart, diagnostic.Message, StringComparison.Ordinal);
    }
}
