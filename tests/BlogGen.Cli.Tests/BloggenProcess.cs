using System.Diagnostics;

namespace BlogGen.Cli.Tests;

/// <summary>
/// Runs the built <c>bloggen</c> command as a user would, with output redirected. Every test starts bloggen through
/// <see cref="Command"/>: <c>dotnet bloggen.dll</c> of this build, or the native executable named by the environment
/// variable <c>BLOGGEN_EXECUTABLE</c> (.ci/run runs these tests once more that way).
/// </summary>
public static class BloggenProcess
{
    /// <summary>The environment variable that points the tests at a native <c>bloggen</c> executable.</summary>
    public const string ExecutableVariable = "BLOGGEN_EXECUTABLE";

    /// <summary>2026-11-27T00:00Z as <c>SOURCE_DATE_EPOCH</c>: the build time of every test build, so no fixture post is in the future.</summary>
    public const string FixedBuildTime = "1795737600";

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The framework-dependent <c>bloggen.dll</c> built with these tests.</summary>
    public static string ToolPath { get; } = FindTool();

    /// <summary>The native executable the tests run instead of <see cref="ToolPath"/>, or null.</summary>
    public static string? NativeExecutable { get; } = FindNativeExecutable();

    /// <summary>What runs bloggen: the program, then the arguments that come before bloggen's own.</summary>
    public static IReadOnlyList<string> Command { get; } = NativeExecutable is { } native ? [native] : ["dotnet", ToolPath];

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments) =>
        Start(Command[0], [.. Command.Skip(1), .. arguments], workingDirectory, environment);

    /// <summary>Runs bloggen under script(1), which gives it a pseudo-terminal as an interactive shell would.</summary>
    public static Result RunOnTerminal(string workingDirectory, params string[] arguments) =>
        Start("script", ["-qfec", string.Join(' ', arguments.Select(ShellScript.Quote).Prepend(ShellScript.Bloggen)), "/dev/null"], workingDirectory,
            new Dictionary<string, string> { ["TERM"] = "xterm-256color", ["COLUMNS"] = "100" });

    /// <summary>How to start bloggen with <paramref name="arguments"/> for a test that reads its output as it comes.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments) => NewStartInfo(Command[0], Command.Skip(1).Concat(arguments));

    /// <summary>Runs any program the way the tests run bloggen: output captured, a fixed build time, killed when it hangs.</summary>
    public static Result Start(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment,
        TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        var start = NewStartInfo(program, arguments);
        start.WorkingDirectory = workingDirectory;
        start.Environment["SOURCE_DATE_EPOCH"] = FixedBuildTime;
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

    /// <summary>Sends a signal by its name without <c>SIG</c> (<c>INT</c>, <c>TERM</c>), as <c>kill -NAME</c> does.</summary>
    public static void Signal(Process process, string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Output redirected, and never GitHub's annotations, whatever runs the tests.</summary>
    private static ProcessStartInfo NewStartInfo(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GITHUB_ACTIONS"] = "false";
        return start;
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

    private static string? FindNativeExecutable()
    {
        if (Environment.GetEnvironmentVariable(ExecutableVariable) is not { Length: > 0 } path)
        {
            return null;
        }
        return File.Exists(path)
            ? Path.GetFullPath(path)
            : throw new FileNotFoundException($"{ExecutableVariable} names no file: publish the native tool first (./build.ps1 -Task Native)", path);
    }

    /// <summary>The CLI built with the same configuration as these tests (bin/Debug or bin/Release).</summary>
    private static string FindTool()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryRoot, "src", "BlogGen.Cli", "bin", configuration, "net10.0", "bloggen.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/BlogGen.Cli first", path);
    }
}
