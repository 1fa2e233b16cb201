using BlogGen.Hashing;

namespace BlogGen.Tests.Hashing;

public sealed class ContentHashTests
{
    [Fact]
    public void TextsAreHashedWithTheirLengthSoTheirBoundariesCount()
    {
        Assert.NotEqual(new ContentHash().Add("ab").Add("c").Value, new ContentHash().Add("a").Add("bc").Value);
    }

    [Fact]
    public void EqualMapsHashEqualWhateverTheOrderTheirKeysWereAddedIn()
    {
        var first = new Dictionary<string, object?> { ["a"] = 1L, ["b"] = new List<object?> { "x", true } };
        var second = new Dictionary<string, object?> { ["b"] = new List<object?> { "x", true }, ["a"] = 1L };

        Assert.Equal(new ContentHash().AddValue(first).Value, new ContentHash().AddValue(second).Value);
    }

    [Fact]
    public void ValuesOfDifferentKindsDiffer()
    {
        Assert.NotEqual(new ContentHash().AddValue("True").Value, new ContentHash().AddValue(true).Value);
        Assert.NotEqual(new ContentHash().AddValue(new List<object?>()).Value, new ContentHash().AddValue(null).Value);
    }
}
