using System.Collections.ObjectModel;
using System.Numerics;

using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

/// <summary>
/// <c>jsonify</c> walks values with a writer instead of System.Text.Json's reflection-based serializer, which the native
/// executable does not have. The expected texts are what that serializer wrote for the same values, byte for byte.
/// </summary>
public sealed class TemplateJsonTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, "null" },
        { true, "true" },
        { false, "false" },
        { 0, "0" },
        { -7, "-7" },
        { long.MaxValue, "9223372036854775807" },
        { (byte)7, "7" },
        { (short)-3, "-3" },
        { 5ul, "5" },
        { 1.5, "1.5" },
        { 0.1, "0.1" },
        { 1e20, "1E+20" },
        { 1e-7, "1E-07" },
        { 123456789.125, "123456789.125" },
        { -0.0, "-0" },
        { 1.1f, "1.1" },
        { 12.50m, "12.50" },
        { 'x', "\"x\"" },
        { '"', "\"\\u0022\"" },
        { "", "\"\"" },
        { "日本経済新聞", "\"\\u65E5\\u672C\\u7D4C\\u6E08\\u65B0\\u805E\"" },
        { "<script>alert('x') & \"q\"</script>", "\"\\u003Cscript\\u003Ealert(\\u0027x\\u0027) \\u0026 \\u0022q\\u0022\\u003C/script\\u003E\"" },
        { "tab\tnew\nline\u0001", "\"tab\\tnew\\nline\\u0001\"" },
        { "emoji 😀", "\"emoji \\uD83D\\uDE00\"" },
        { "back\\slash /", "\"back\\\\slash /\"" },
        { "\u2028\u2029+café", "\"\\u2028\\u2029\\u002Bcaf\\u00E9\"" },
        { new DateTime(2025, 2, 13, 8, 55, 52, DateTimeKind.Unspecified), "\"2025-02-13T08:55:52\"" },
        { new DateTime(2025, 2, 13, 8, 55, 52, 123, DateTimeKind.Utc), "\"2025-02-13T08:55:52.123Z\"" },
        { TimeSpan.FromSeconds(90), "\"00:01:30\"" },
        { new List<object?> { "a", 1, null, new List<object?>() }, "[\"a\",1,null,[]]" },
        { new ReadOnlyCollection<object?>(["x", 2.5]), "[\"x\",2.5]" },
        { new ScriptArray { 1, "b" }, "[1,\"b\"]" },
        { new ScriptRange(Enumerable.Range(1, 3)), "[1,2,3]" },
        { new ScriptObject { ["日本"] = 1, ["a<b"] = "c", ["empty"] = new ScriptObject() }, "{\"\\u65E5\\u672C\":1,\"a\\u003Cb\":\"c\",\"empty\":{}}" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void WritesEachKindOfValueAsTheReflectionSerializerDid(object? value, string expected) =>
        Assert.Equal(expected, SiteFunctions.Jsonify(null, value));

    /// <summary>A date is written as <c>date_to_xmlschema</c> writes it, in its own offset; values no serializer wrote well.</summary>
    public static TheoryData<object, string> BlogGenValues => new()
    {
        { new DateTimeOffset(2025, 2, 13, 7, 55, 52, TimeSpan.FromHours(8)), "\"2025-02-13T07:55:52\\u002B08:00\"" },
        { new DateTimeOffset(2025, 2, 12, 23, 55, 52, TimeSpan.Zero), "\"2025-02-12T23:55:52\\u002B00:00\"" },
        { BigInteger.Pow(10, 20), "100000000000000000000" },
    };

    [Theory]
    [MemberData(nameof(BlogGenValues))]
    public void WritesDatesAndBigNumbersAsJsonValues(object value, string expected) =>
        Assert.Equal(expected, SiteFunctions.Jsonify(null, value));

    public static TheoryData<object, string> Unwritable => new()
    {
        { double.NaN, "jsonify: NaN is not a number JSON can hold" },
        { double.NegativeInfinity, "jsonify: -Infinity is not a number JSON can hold" },
        { float.PositiveInfinity, "jsonify: Infinity is not a number JSON can hold" },
        { new Uri("https://example.org/"), "jsonify: a Uri has no JSON form; give it text, a number, a boolean, a date, a list or a map" },
    };

    /// <summary>What JSON cannot hold is an error that says so, never a guess.</summary>
    [Theory]
    [MemberData(nameof(Unwritable))]
    public void AValueJsonCannotHoldIsAnError(object value, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => SiteFunctions.Jsonify(null, value)).Message);

    [Fact]
    public void APageInsideAnotherPageLeavesOutItsBodyAndItsNeighbours()
    {
        var neighbour = new PageObject("_posts/b.md") { ["title"] = "B" };
        var page = new PageObject("_posts/a.md")
        {
            ["title"] = "A",
            ["content"] = "<p>body</p>",
            ["excerpt"] = "<p>body</p>",
            ["next"] = neighbour,
            ["previous"] = null,
            ["related"] = new ScriptArray { neighbour },
            ["tags"] = new ScriptArray { "t" },
        };

        var whole =
            "{\"title\":\"A\",\"content\":\"\\u003Cp\\u003Ebody\\u003C/p\\u003E\",\"excerpt\":\"\\u003Cp\\u003Ebody\\u003C/p\\u003E\","
            + "\"next\":{\"title\":\"B\"},\"previous\":null,\"related\":[{\"title\":\"B\"}],\"tags\":[\"t\"]}";

        Assert.Equal(whole, SiteFunctions.Jsonify(null, page));
        Assert.Equal($"[{whole}]", SiteFunctions.Jsonify(null, new ScriptArray { page }));
        var outer = new PageObject("_posts/c.md") { ["title"] = "C", ["next"] = page };
        Assert.Equal("{\"title\":\"C\",\"next\":{\"title\":\"A\",\"tags\":[\"t\"]}}", SiteFunctions.Jsonify(null, outer));
    }

    [Fact]
    public void AMapThatHoldsItselfIsAnErrorNotAStackOverflow()
    {
        var map = new ScriptObject();
        map["self"] = map;

        Assert.Throws<InvalidOperationException>(() => SiteFunctions.Jsonify(null, map));
    }
}
