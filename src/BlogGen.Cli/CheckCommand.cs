using System.CommandLine;
using System.Globalization;

using BlogGen.Checking;
using BlogGen.Configuration;
using BlogGen.Content;

namespace BlogGen.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var destination = SourceOptions.Destination();
        var baseUrl = new Option<string?>("--baseurl", "--base-url", "-b") { Description = "The path the site is served under, e.g. /blog (default: baseurl in the config). Use the value the site was built with." };

        var command = new Command("check", "Check the built site: every internal link and fragment must lead somewhere.")
        {
            source, destination, baseUrl,
        };
        command.SetAction(parsed =>
        {
            var sourcePath = parsed.GetValue(source)!.FullName;
            var sitePath = parsed.GetValue(destination)?.FullName ?? Path.Combine(sourcePath, "_site");
            var config = ConfigLoader.Load(sourcePath, new ConfigOverrides { BaseUrl = parsed.GetValue(baseUrl) }).Config;
            var prefix = SourceScanner.IsSameOrInside(sitePath, sourcePath)
                ? Path.GetRelativePath(sourcePath, sitePath).Replace('\\', '/') + "/"
                : sitePath.Replace('\\', '/').TrimEnd('/') + "/";
            var result = LinkChecker.Check(new CheckOptions(sitePath, config.BaseUrl, config.Url, prefix));
            return Report(result);
        });
        return command;
    }

    private static int Report(CheckResult result)
    {
        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
            if (annotate)
            {
                Console.WriteLine(diagnostic.ToGitHubAnnotation());
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Checked {result.LinksChecked} links on {result.PagesChecked} pages: {(result.BrokenLinks == 0 ? "no broken links" : $"{result.BrokenLinks} broken")}"));
        return result.ExitCode;
    }
}
