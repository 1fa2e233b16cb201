using System.Collections.Concurrent;

namespace BlogGen.Tests.Compatibility;

/// <summary>The fixture sites of one test class, each compared with Jekyll when a test first asks for it, and once only.</summary>
public sealed class JekyllSites : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<JekyllComparison>> _sites = new(StringComparer.Ordinal);

    public JekyllComparison this[string fixture] => _sites.GetOrAdd(fixture, name => new Lazy<JekyllComparison>(() => new JekyllComparison(name))).Value;

    public void Dispose()
    {
        foreach (var site in _sites.Values.Where(site => site.IsValueCreated))
        {
            site.Value.Dispose();
        }
    }
}
