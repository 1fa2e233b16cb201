using System.ComponentModel;
using System.Diagnostics;

namespace BlogGen.Content;

/// <summary>
/// Runs a program a Jekyll site needs from outside .NET (<c>bundle</c>, <c>gem</c>, Dart Sass) and gives back what it
/// printed. One place for it, so every such call has a time limit, reads both output streams without blocking, and
/// finds the program on <c>PATH</c> the same way (with Windows' <c>.exe</c>, <c>.cmd</c> and <c>.bat</c> names, which
/// is how npm installs <c>sass</c> there).
/// </summary>
public static class ExternalCommand
{
    /// <summary>Long enough for a cold Ruby or Node start on a busy machine; a program that hangs costs no more.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The full path of <paramref name="name"/> in a folder of <c>PATH</c>, or null when it is not installed.</summary>
    public static string? Find(string name)
    {
        var suffixes = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", ".bat", "" } : [""];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => suffixes.Select(suffix => Path.Combine(folder, name + suffix))).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Runs <paramref name="program"/> (a path from <see cref="Find"/>) with <paramref name="arguments"/> in
    /// <paramref name="workingDirectory"/>, writing <paramref name="input"/> to its standard input. A program that does
    /// not start, or does not end within the time limit (then it is stopped, with its children), gives a result that says so.
    /// </summary>
    public static ExternalCommandResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory,
        string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        // A .cmd or .bat file is a script for cmd.exe, not a program Windows starts on its own.
        if (Path.GetExtension(program).ToLowerInvariant() is ".cmd" or ".bat")
        {
            start.FileName = "cmd.exe";
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or IOException or InvalidOperationException)
        {
            return new ExternalCommandResult(-1, "", e.Message, TimedOut: false);
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.Write(input ?? "");
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program ended without reading its input; what it printed says why.
        }
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ExternalCommandResult(-1, output.Result, error.Result, TimedOut: true);
        }
        return new ExternalCommandResult(process.ExitCode, output.Result, error.Result, TimedOut: false);
    }
}
