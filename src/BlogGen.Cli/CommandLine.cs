using System.CommandLine;
using System.CommandLine.Invocation;

using BlogGen.Building;
using BlogGen.Scaffolding;

namespace BlogGen.Cli;

/// <summary>The <c>bloggen</c> command tree. Usage errors exit with 2, content errors with 1.</summary>
internal static class CommandLine
{
    public const int UsageError = 2;

    public static int Run(string[] args)
    {
        var root = new RootCommand("BlogGen: a fast static blog generator for Jekyll-style posts.")
        {
            BuildCommand.Create(),
            CleanCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
        };
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"bloggen: {error.Message}");
            }
            Console.Error.WriteLine("Run 'bloggen --help' for usage.");
            return UsageError;
        }
        return parsed.Invoke();
    }

    public static string Version => SiteBuilder.Version;

    /// <summary>
    /// <c>bloggen --version</c>: the version and commit, and a warning when the tool manifest for the current folder pins
    /// another version (the site builds in CI with the pinned one, not with this).
    /// </summary>
    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Console.WriteLine(ToolVersion.Description);
            if (ToolManifest.CheckRunningVersion(Environment.CurrentDirectory, ToolVersion.Number) is { } warning)
            {
                Console.Error.WriteLine(warning.ToString());
            }
            return 0;
        }
    }
}
