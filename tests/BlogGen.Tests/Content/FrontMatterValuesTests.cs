using BlogGen.Content;

namespace BlogGen.Tests.Content;

public sealed class FrontMatterValuesTests
{
    private static Dictionary<string, object?> Map(string key, object? value) => new(StringComparer.Ordinal) { [key] = value };

    public static TheoryData<object?, string?> Scalars => new()
    {
        { null, null },
        { "Hello", "Hello" },
        { "", "" },
        { 12L, "12" },
        { 1.5, "1.5" },
        { true, "true" },
        { false, "false" },
        { new DateTimeOffset(2025, 2, 13, 7, 55, 52, TimeSpan.FromHours(8)), "2025-02-13 07:55:52 +0800" },
        { new List<object?> { "a" }, null },
        { new Dictionary<string, object?> { ["a"] = 1L }, null },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void StringReadsScalarsAsTextAndNothingElse(object? value, string? expected)
    {
        Assert.Equal(expected, FrontMatterValues.String(Map("title", value), "title"));
    }

    [Fact]
    public void StringOfAMissingKeyIsNull()
    {
        Assert.Null(FrontMatterValues.String(Map("title", "x"), "slug"));
    }

    public static TheoryData<object?, object?, string> WordCases => new()
    {
        { new List<object?> { "a", "b" }, null, "a|b" },
        { "a b", null, "a|b" },
        { " a\tb\n c ", null, "a|b|c" },
        { null, "machine learning", "machine learning" },
        { null, new List<object?> { "x y", "z" }, "x y|z" },
        { "a", "b", "a|b" },
        { new List<object?> { 2025L, "news", "news", null, "", " c " }, null, "2025|news|c" },
        { 2025L, null, "2025" },
        { null, 2025L, "2025" },
        { "", "  ", "" },
        { new Dictionary<string, object?> { ["a"] = 1L }, null, "" },
        { new List<object?> { new List<object?> { "nested" }, "flat" }, null, "flat" },
    };

    [Theory]
    [MemberData(nameof(WordCases))]
    public void WordsReadsThePluralKeySplitAndTheSingularKeyWhole(object? plural, object? singular, string expected)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["tags"] = plural, ["tag"] = singular };

        Assert.Equal(expected, string.Join('|', FrontMatterValues.Words(values, "tags", "tag")));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData(true, true)]
    [InlineData("no", true)]
    [InlineData(0L, true)]
    [InlineData(null, true)]
    public void IsNotFalseIsFalseOnlyForAnExplicitFalse(object? value, bool expected)
    {
        Assert.Equal(expected, FrontMatterValues.IsNotFalse(Map("published", value), "published"));
    }

    [Fact]
    public void IsNotFalseOfAMissingKeyIsTrue()
    {
        Assert.True(FrontMatterValues.IsNotFalse(Map("title", "x"), "published"));
    }
}
