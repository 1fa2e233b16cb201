using BlogGen.Tests.TestSupport;

namespace BlogGen.Tests.Architecture;

/// <summary>
/// Stages do not reach back (DESIGN.md): the pipeline runs Configuration → Content → Markdown/Sanitizing → Generators →
/// Templating → Output, each stage may use those before it and never one after it, and Building runs them all.
/// </summary>
public sealed class StageLayeringTests
{
    /// <summary>What every stage may use: diagnostics, hashing, and reading source text and YAML (the configuration needs them already).</summary>
    private static readonly string[] Foundation = ["Diagnostics", "Hashing", "Sources", "Yaml"];

    private static readonly string[] Pipeline = ["Configuration", "Content", "Markdown", "Sanitizing", "Stylesheets", "Generators", "Templating", "Output"];

    /// <summary>Each folder of <c>src/BlogGen</c> and the folders it may use besides itself.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["Hashing"] = ["Diagnostics"],
        ["Sources"] = ["Diagnostics"],
        ["Yaml"] = ["Diagnostics"],
        ["Configuration"] = [.. Foundation],
        ["Content"] = [.. Foundation, "Configuration"],
        // Side by side: Markdown and Sanitizing do not use each other.
        ["Markdown"] = [.. Foundation, "Configuration", "Content"],
        ["Sanitizing"] = [.. Foundation, "Configuration", "Content"],
        ["Stylesheets"] = [.. Foundation, "Configuration", "Content"],
        ["Generators"] = [.. Foundation, "Configuration", "Content", "Markdown", "Sanitizing"],
        ["Templating"] = [.. Foundation, "Configuration", "Content", "Markdown", "Sanitizing", "Generators"],
        ["Output"] = [.. Foundation, "Configuration", "Content", "Markdown", "Sanitizing", "Generators", "Templating"],
        ["Building"] = [.. Foundation, .. Pipeline, "Checking", "Scaffolding"],
        // Side tools on top of the pipeline (bloggen check, bloggen new): they may use any stage, not Building or each other.
        ["Checking"] = [.. Foundation, .. Pipeline],
        ["Scaffolding"] = [.. Foundation, .. Pipeline],
    };

    private static readonly string LibraryFolder = RepositoryFiles.PathOf("src", "BlogGen");

    /// <summary>Build output, not source.</summary>
    private static readonly string[] NotSourceFolders = ["bin", "obj"];

    public static TheoryData<string> Folders() => [.. MayUse.Keys];

    [Theory]
    [MemberData(nameof(Folders))]
    public void AFolderUsesOnlyTheFoldersItMayUse(string folder)
    {
        var allowed = MayUse[folder];
        var breaches = new List<string>();
        var path = Path.Combine(LibraryFolder, folder);
        foreach (var file in Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var shown = Path.GetRelativePath(LibraryFolder, file).Replace('\\', '/');
            breaches.AddRange(StageReferences.In(File.ReadAllText(file))
                .Where(reference => reference.Folder != folder && !allowed.Contains(reference.Folder))
                .Select(reference => $"{shown}({reference.Line}): {folder} uses BlogGen.{reference.Folder}, against the direction; "
                    + $"{folder} may use {(allowed.Length == 0 ? "no other folder" : string.Join(", ", allowed))}"));
        }
        if (breaches.Count > 0)
        {
            Assert.Fail(string.Join('\n', breaches));
        }
    }

    [Fact]
    public void EveryFolderOfTheLibraryHasItsPlaceInTheTable()
    {
        var folders = Directory.EnumerateDirectories(LibraryFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !NotSourceFolders.Contains(name))
            .ToList();

        // A new folder gets its place in the direction (a row of the table); a folder that is gone leaves it.
        Assert.Empty(folders.Except(MayUse.Keys));
        Assert.Empty(MayUse.Keys.Except(folders));
        Assert.Empty(MayUse.Values.SelectMany(used => used).Except(MayUse.Keys));
        // A file beside the folders would belong to no stage.
        Assert.Empty(Directory.EnumerateFiles(LibraryFolder, "*.cs"));
    }
}
