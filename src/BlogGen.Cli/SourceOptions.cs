using System.CommandLine;

namespace BlogGen.Cli;

/// <summary>The options every command that works on a site shares.</summary>
internal static class SourceOptions
{
    public static Option<DirectoryInfo> Source() => new("--source", "-s")
    {
        Description = "The site folder (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public static Option<DirectoryInfo?> Destination() => new("--destination", "-d")
    {
        Description = "Where the site is written (default: SOURCE/_site).",
    };
}
