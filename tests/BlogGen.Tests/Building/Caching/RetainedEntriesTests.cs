using BlogGen.Building.Caching;

namespace BlogGen.Tests.Building.Caching;

public sealed class RetainedEntriesTests
{
    public static TheoryData<string, string[], string[]> Builds => new()
    {
        // What a build does, and the keys kept after it. Entries "a" and "b" exist before it.
        { "nothing used", [], [] },
        { "one reused", ["reuse a"], ["a"] },
        { "both reused", ["reuse a", "reuse b"], ["a", "b"] },
        { "one reused twice", ["reuse a", "reuse a"], ["a"] },
        { "one replaced", ["add a"], ["a"] },
        { "one reused, then replaced", ["reuse a", "add a"], ["a"] },
        { "one added", ["add c"], ["c"] },
        { "one reused, one added", ["reuse b", "add c"], ["b", "c"] },
    };

    [Theory]
    [MemberData(nameof(Builds))]
    public void A_build_keeps_the_entries_it_used_or_added(string build, string[] steps, string[] kept)
    {
        var entries = new RetainedEntries<string, int>([KeyValuePair.Create("a", 1), KeyValuePair.Create("b", 2)], StringComparer.Ordinal);

        entries.BeginBuild();
        foreach (var step in steps)
        {
            var (action, key) = (step.Split(' ')[0], step.Split(' ')[1]);
            if (action == "reuse")
            {
                Assert.True(entries.TryReuse(key, _ => true, out _), build);
            }
            else
            {
                entries.Add(key, 3);
            }
        }
        entries.EndBuild();

        Assert.Equal(kept, entries.Entries.Select(entry => entry.Key));
    }

    [Fact]
    public void An_entry_found_no_longer_valid_is_dropped()
    {
        var entries = new RetainedEntries<string, int>([KeyValuePair.Create("a", 1)], StringComparer.Ordinal);

        entries.BeginBuild();
        Assert.False(entries.TryReuse("a", value => value == 2, out _));
        entries.EndBuild();

        Assert.Empty(entries.Entries);
    }
}
