using BlogGen.Building;
using BlogGen.Configuration;

namespace BlogGen.Fuzz;

/// <summary>A site folder whose posts are replaced by each batch of inputs before a full build.</summary>
public sealed class FuzzSite
{
    private static readonly DateTimeOffset BuildTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Config = """
        title: Fuzz
        url: https://example.org
        baseurl: /fuzz
        timezone: Asia/Shanghai
        paginate: 3
        excerpt_separator: <!--more-->
        """;

    public FuzzSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Posts);
        File.WriteAllText(Path.Combine(root, "_config.yml"), Config + "\n");
    }

    public string Root { get; }

    /// <summary>Holds the batch being built: if the process dies (a stack overflow cannot be caught), the culprit is here.</summary>
    public string Posts => Path.Combine(Root, "_posts");

    public BuildResult Build(IReadOnlyList<FuzzInput> inputs)
    {
        foreach (var file in Directory.EnumerateFiles(Posts))
        {
            File.Delete(file);
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            // A date in the name keeps a post whose front matter lost its date a post, so its body is still rendered.
            File.WriteAllBytes(Path.Combine(Posts, $"2025-01-{i % 28 + 1:D2}-input-{i}{inputs[i].Extension}"), inputs[i].Bytes);
        }
        return SiteBuilder.Build(new BuildOptions(Root, Path.Combine(Root, "_site"), new ConfigOverrides { BuildTime = BuildTime }));
    }
}
