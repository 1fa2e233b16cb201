using System.Collections;

using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

public sealed class ScriptValuesTests
{
    public static TheoryData<object?> Scalars => new()
    {
        null,
        "text",
        12L,
        1.5,
        true,
        new DateTimeOffset(2025, 2, 13, 7, 55, 52, TimeSpan.FromHours(8)),
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void ScalarsStayAsTheyAre(object? value)
    {
        Assert.Equal(value, ScriptValues.From(value));
    }

    [Fact]
    public void MapsAndListsBecomeReadOnlyAllTheWayDown()
    {
        var yaml = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["author"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "Ann", ["links"] = new List<object?> { "a", new Dictionary<string, object?> { ["x"] = 1L } } },
            ["tags"] = new List<object?> { "news", 2025L, null },
        };

        var page = ScriptValues.FromMap(yaml);

        Assert.False(page.IsReadOnly);
        var author = Assert.IsType<ScriptObject>(page["author"], exactMatch: false);
        Assert.True(author.IsReadOnly);
        var links = Assert.IsAssignableFrom<IList>(author["links"]);
        Assert.True(links.IsReadOnly);
        Assert.True(Assert.IsType<ScriptObject>(links[1], exactMatch: false).IsReadOnly);
        Assert.Equal(["news", 2025L, null], Assert.IsAssignableFrom<IList>(page["tags"]).Cast<object?>());
        Assert.Equal("Ann", author["name"]);
    }

    [Fact]
    public void ListIsReadOnlyAndKeepsOrder()
    {
        var list = ScriptValues.List(["b", "a"]);

        Assert.Equal(["b", "a"], list);
        Assert.Throws<NotSupportedException>(() => ((IList)list)[0] = "x");
    }

    [Fact]
    public void ReadOnlyMarksAndReturnsTheSameObject()
    {
        var value = new ScriptObject { ["a"] = 1 };

        Assert.Same(value, ScriptValues.ReadOnly(value));
        Assert.True(value.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => value["a"] = 2);
    }
}
