using AngleSharp.Dom;

using BlogGen.Building;
using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Sanitizing;

/// <summary>The XSS fixture site (<see cref="XssSite"/>) built once by the real <see cref="SiteBuilder"/>, shared by the tests of its collection.</summary>
public sealed class BuiltXssSite : IDisposable
{
    private readonly Dictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    public BuiltXssSite()
    {
        Site = new TempSite();
        XssSite.Write(Site.Root, Posts);
        Result = Site.Build();
    }

    public static IReadOnlyList<XssPost> Posts { get; } = XssSite.Plan(XssCorpus.Vectors);

    public TempSite Site { get; }

    public BuildResult Result { get; }

    /// <summary>A built page, parsed once.</summary>
    public IDocument Page(string outputPath)
    {
        lock (_pages)
        {
            if (!_pages.TryGetValue(outputPath, out var page))
            {
                page = Html.Parse(Site.Output(outputPath));
                _pages.Add(outputPath, page);
            }
            return page;
        }
    }

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltXssSiteCollection : ICollectionFixture<BuiltXssSite>
{
    public const string Name = "built XSS site";
}
