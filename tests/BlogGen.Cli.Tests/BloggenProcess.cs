using System.Diagnostics;

namespace BlogGen.Cli.Tests;

/// <summary>Runs the built <c>bloggen</c> command as a user would, with output redirected.</summary>
public static class BloggenProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ToolPath { get; } = FindTool();

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments) =>
        Start("dotnet", [ToolPath, .. arguments], workingDirectory, environment);

    /// <summary>Runs bloggen under script(1), which gives it a pseudo-terminal as an interactive shell would.</summary>
    public static Result RunOnTerminal(string workingDirectory, params string[] arguments) =>
        Start("script", ["-qfec", string.Join(' ', new[] { "dotnet", ToolPath }.Concat(arguments).Select(Quote)), "/dev/null"], workingDirectory,
            new Dictionary<string, string> { ["TERM"] = "xterm-256color", ["COLUMNS"] = "100" });

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Runs any program the way the tests run bloggen: output captured, a fixed build time, killed when it hangs.</summary>
    public static Result Start(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GITHUB_ACTIONS"] = "false";
        start.Environment["SOURCE_DATE_EPOCH"] = "1795737600"; // 2026-11-27T00:00Z, so no fixture post is in the future
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {limit.TotalMinutes} minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A copy of a fixture site in a fresh temp folder, so tests never write into the repository.</summary>
    public static string CopyFixture(string name)
    {
        var target = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));
        var source = Path.Combine(RepositoryRoot, "tests", "fixtures", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BlogGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("BlogGen.sln not found above the test folder");
    }

    /// <summary>The CLI built with the same configuration as these tests (bin/Debug or bin/Release).</summary>
    private static string FindTool()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryRoot, "src", "BlogGen.Cli", "bin", configuration, "net10.0", "bloggen.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/BlogGen.Cli first", path);
    }
}
