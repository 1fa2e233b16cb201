using BenchmarkDotNet.Attributes;

using BlogGen.Configuration;
using BlogGen.Content;

namespace BlogGen.Benchmarks;

/// <summary>Reading the seed post: splitting off and parsing its YAML front matter, then the whole document read.</summary>
public class FrontMatterBenchmarks
{
    private string _seedText = "";
    private SiteConfig _config = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seedText = File.ReadAllText(RepositoryFiles.SeedPost);
        _config = CorpusSite.Load().Config;
    }

    [Benchmark(Description = "FrontMatterParser.Parse (seed)")]
    public FrontMatterResult ParseSeed() => FrontMatterParser.Parse(_seedText, CorpusSite.SeedPostFile.RelativePath, _config.TimeZone);

    [Benchmark(Description = "DocumentReader.Read (seed, from disk)")]
    public DocumentReadResult ReadSeed() => DocumentReader.Read(CorpusSite.SeedPostFile, DocumentKind.Post, _config);
}
