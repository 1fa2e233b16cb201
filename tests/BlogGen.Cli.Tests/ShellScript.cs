namespace BlogGen.Cli.Tests;

/// <summary>
/// Runs a bash script, optionally inside a private user and mount namespace (<c>unshare -Urm</c>), where it may
/// mount a small tmpfs or a read-only bind mount that nobody else sees: that works as root and as a normal user alike.
/// </summary>
public static class ShellScript
{
    /// <summary>The command that runs bloggen (<see cref="BloggenProcess.Command"/>), quoted for a script.</summary>
    public static string Bloggen { get; } = string.Join(' ', BloggenProcess.Command.Select(Quote));

    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static BloggenProcess.Result Run(string script, bool privateMounts) =>
        BloggenProcess.Start(privateMounts ? "unshare" : "bash",
            privateMounts ? ["--user", "--map-root-user", "--mount", "bash", "-c", script] : ["-c", script],
            Environment.CurrentDirectory, null, TimeSpan.FromMinutes(3));

    /// <summary>True as root, where file permissions do not stop writes.</summary>
    public static bool IsRoot => Run("test \"$(id -u)\" = 0", privateMounts: false).ExitCode == 0;
}
