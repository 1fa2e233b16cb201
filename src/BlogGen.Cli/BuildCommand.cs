using System.CommandLine;

using BlogGen.Building;
using BlogGen.Configuration;

namespace BlogGen.Cli;

internal static class BuildCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var destination = SourceOptions.Destination();
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The configuration file (default: SOURCE/_config.yml)." };
        var drafts = new Option<bool>("--drafts") { Description = "Include posts from _drafts/." };
        var future = new Option<bool>("--future") { Description = "Include posts dated in the future." };
        var baseUrl = new Option<string?>("--baseurl", "--base-url", "-b") { Description = "Serve the site under this path, e.g. /blog (overrides baseurl in the config)." };
        var verbose = new Option<bool>("--verbose", "-V") { Description = "Print every diagnostic, each sanitizer removal, and stack traces of internal errors." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only." };
        var explain = new Option<FileInfo?>("--explain-sanitizing")
        {
            Description = "Print what the sanitizer removed from this post or page, each removal with its line and rule.",
            HelpName = "FILE",
        };

        var command = new Command("build", "Build the site into the destination folder.")
        {
            source, destination, config, drafts, future, baseUrl, verbose, quiet, explain,
        };
        command.SetAction(parsed =>
        {
            var options = new BuildOptions(
                parsed.GetValue(source)!.FullName,
                parsed.GetValue(destination)?.FullName,
                new ConfigOverrides
                {
                    ConfigPath = parsed.GetValue(config)?.FullName,
                    BaseUrl = parsed.GetValue(baseUrl),
                    // Without the flag, as _config.yml says (Jekyll's show_drafts: and future:).
                    ShowDrafts = parsed.GetValue(drafts) ? true : null,
                    ShowFuture = parsed.GetValue(future) ? true : null,
                })
            {
                ExplainSanitizing = parsed.GetValue(explain)?.FullName,
            };
            var verbosity = parsed.GetValue(quiet) ? Verbosity.Quiet : parsed.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;
            return BuildRunner.Run(options, verbosity);
        });
        return command;
    }
}
