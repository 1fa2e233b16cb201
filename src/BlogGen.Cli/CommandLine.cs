using System.CommandLine;

using BlogGen.Building;

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
}
