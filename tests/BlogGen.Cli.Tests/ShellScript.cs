using System.Diagnostics;

namespace BlogGen.Cli.Tests;

/// <summary>
/// Runs a bash script, optionally inside a private user and mount namespace (<c>unshare -Urm</c>), where it may
/// mount a small tmpfs or a read-only bind mount that nobody else sees: that works as root and as a normal user alike.
/// </summary>
public static class ShellScript
{
    /// <summary>The command that runs bloggen, quoted for a script.</summary>
    public static string Bloggen { get; } = $"dotnet {Quote(BloggenProcess.ToolPath)}";

    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static BloggenProcess.Result Run(string script, bool privateMounts)
    {
        var start = new ProcessStartInfo(privateMounts ? "unshare" : "bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])(privateMounts ? ["--user", "--map-root-user", "--mount", "bash", "-c", script] : ["-c", script]))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GITHUB_ACTIONS"] = "false";
        start.Environment["SOURCE_DATE_EPOCH"] = "1795737600";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the script did not finish in three minutes");
        }
        return new BloggenProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>True as root, where file permissions do not stop writes.</summary>
    public static bool IsRoot => Run("test \"$(id -u)\" = 0", privateMounts: false).ExitCode == 0;
}
