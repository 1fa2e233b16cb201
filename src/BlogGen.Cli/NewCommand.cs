using System.CommandLine;

using BlogGen.Building;
using BlogGen.Scaffolding;

namespace BlogGen.Cli;

/// <summary><c>bloggen new site DIR</c> and <c>bloggen new post "Title"</c>.</summary>
internal static class NewCommand
{
    public static Command Create() => new("new", "Create a new site, or a new post in a site.")
    {
        SiteCommand(),
        PostCommand(),
    };

    private static Command SiteCommand()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "The folder of the new site (created when missing)." };
        var force = new Option<bool>("--force", "-f") { Description = "Also write into a folder that is not empty. Existing files are never overwritten." };
        var command = new Command("site", "Create a blog that builds at once: config, a welcome post, an about page, a README, a GitHub Pages workflow and a tool manifest pinning this BlogGen. In a Jekyll blog, add only the manifest and the workflow.")
        {
            directory, force,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(directory)!.FullName;
            var result = SiteScaffolder.Create(path, parsed.GetValue(force), ToolVersion.Number);
            Report(result);
            if (result.ExitCode == 0)
            {
                Console.WriteLine(result.IntoExistingBlog
                    ? $"Added BlogGen {ToolVersion.Number} to the blog in {path}; its content is untouched. Next: cd into it and run 'dotnet tool restore', then 'dotnet bloggen build'."
                    : $"Created a new site in {path} with BlogGen {ToolVersion.Number} pinned. Next: cd into it and run 'dotnet tool restore', then 'dotnet bloggen build'.");
            }
            return result.ExitCode;
        });
        return command;
    }

    private static Command PostCommand()
    {
        var title = new Argument<string>("TITLE") { Description = "The post's title; the file name is made from it." };
        var draft = new Option<bool>("--draft") { Description = "Write _drafts/SLUG.md instead of a dated post." };
        var slug = new Option<string?>("--slug") { Description = "The file name (without date and extension), instead of one made from the title." };
        var source = SourceOptions.Source();
        var command = new Command("post", "Create _posts/YYYY-MM-DD-SLUG.md (today in the site's time zone) with front matter. Never overwrites a file.")
        {
            title, draft, slug, source,
        };
        command.SetAction(parsed =>
        {
            var result = PostScaffolder.Create(parsed.GetValue(source)!.FullName, parsed.GetValue(title)!, parsed.GetValue(draft), parsed.GetValue(slug));
            Report(result);
            return result.ExitCode;
        });
        return command;
    }

    private static void Report(ScaffoldResult result)
    {
        foreach (var path in result.Written)
        {
            Console.WriteLine($"Created {path}");
        }
        foreach (var path in result.Kept)
        {
            Console.WriteLine($"Kept    {path} (it exists; not overwritten)");
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
