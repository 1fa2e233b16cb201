using System.CommandLine;

using BlogGen.Content;

namespace BlogGen.Cli;

internal static class CleanCommand
{
    public static Command Create()
    {
        var source = SourceOptions.Source();
        var destination = SourceOptions.Destination();
        var command = new Command("clean", "Delete the built site and the build cache.") { source, destination };
        command.SetAction(parsed =>
        {
            var sourcePath = parsed.GetValue(source)!.FullName;
            var destinationPath = parsed.GetValue(destination)?.FullName ?? Path.Combine(sourcePath, "_site");
            if (SourceScanner.IsSameOrInside(sourcePath, destinationPath))
            {
                Console.Error.WriteLine($"{destinationPath}: error BG4002: the destination is the source folder or contains it; refusing to delete it");
                return 1;
            }
            foreach (var folder in (string[])[destinationPath, Path.Combine(sourcePath, ".bloggen-cache")])
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                    Console.WriteLine($"Removed {folder}");
                }
            }
            return 0;
        });
        return command;
    }
}
