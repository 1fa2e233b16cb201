using BlogGen.Hashing;
using BlogGen.Templating;

using Scriban.Runtime;

namespace BlogGen.Tests.Templating;

public sealed class TemplateValueHashTests
{
    [Fact]
    public void PlainValuesHashAsTheyDoWithoutTemplateObjects()
    {
        var value = new Dictionary<string, object?> { ["title"] = "x", ["tags"] = new List<object?> { "a", 2L } };

        Assert.Equal(new ContentHash().AddValue(value).Value, new TemplateValueHash().AddValue(value).Value);
    }

    [Fact]
    public void APageObjectInsideAValueCountsByNameNotByItsMembers()
    {
        var page = new PageObject("_posts/a.md") { ["title"] = "before" };
        var before = new TemplateValueHash().AddValue(new List<object?> { page }).Value;
        page["title"] = "after";

        Assert.Equal(before, new TemplateValueHash().AddValue(new List<object?> { page }).Value);
        Assert.NotEqual(before, new TemplateValueHash().AddValue(new List<object?> { new PageObject("_posts/b.md") }).Value);
    }

    [Fact]
    public void OtherTemplateObjectsCountByTheirMembers()
    {
        var first = new ScriptObject { ["name"] = "a", ["count"] = 1L };
        var second = new ScriptObject { ["count"] = 1L, ["name"] = "a" };
        var other = new ScriptObject { ["name"] = "b", ["count"] = 1L };

        Assert.Equal(new TemplateValueHash().AddValue(first).Value, new TemplateValueHash().AddValue(second).Value);
        Assert.NotEqual(new TemplateValueHash().AddValue(first).Value, new TemplateValueHash().AddValue(other).Value);
    }
}
