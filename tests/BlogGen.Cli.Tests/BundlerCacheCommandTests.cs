namespace BlogGen.Cli.Tests;

/// <summary>
/// A site with a Gemfile and <c>theme: NAME</c> asks Bundler where the theme gem is (<c>bundle info --path NAME</c>,
/// about half a second of Ruby). <c>bloggen build</c> keeps the answer in <c>.bloggen-cache/</c>: the next run does not
/// start Bundler while the Gemfile and its lock are the same, and asks again when one of them changed. Bundler here is
/// a script first on PATH that counts its runs and answers with a theme folder of the test's own.
/// </summary>
public sealed class BundlerCacheCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bloggen-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void A_second_build_does_not_run_Bundler_and_a_changed_lock_runs_it_again()
    {
        var runs = Path.Combine(_root, "bundle-runs");
        var (siteFolder, path) = GemSite(theme => $"echo \"$@\" >> {ShellScript.Quote(runs)}\necho {ShellScript.Quote(theme)}");

        var first = BloggenProcess.Run(siteFolder, path, "build");
        var runsAfterFirst = File.ReadAllLines(runs);
        var second = BloggenProcess.Run(siteFolder, path, "build");
        var runsAfterSecond = File.ReadAllLines(runs).Length;
        File.AppendAllText(Path.Combine(siteFolder, "Gemfile.lock"), "\nBUNDLED WITH\n   2.4.20\n");
        var afterLockChanged = BloggenProcess.Run(siteFolder, path, "build");

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, afterLockChanged.ExitCode));
        Assert.Equal(["info --path fake-theme"], runsAfterFirst);
        Assert.Equal("<main><p>Hello, theme.</p>\n</main>\n", File.ReadAllText(Path.Combine(siteFolder, "_site", "hello.html")));
        Assert.Equal(1, runsAfterSecond);
        Assert.Equal(2, File.ReadAllLines(runs).Length);
    }

    /// <summary>"Not installed" is never kept: after <c>bundle install</c> (which leaves an existing lock alone) the next build finds the gem.</summary>
    [Fact]
    public void A_theme_Bundler_did_not_find_is_looked_for_again_on_the_next_build()
    {
        var installed = Path.Combine(_root, "installed");
        var (siteFolder, path) = GemSite(theme => $"[ -e {ShellScript.Quote(installed)} ] || exit 7\necho {ShellScript.Quote(theme)}");

        var before = BloggenProcess.Run(siteFolder, path, "build");
        File.WriteAllText(installed, "");
        var after = BloggenProcess.Run(siteFolder, path, "build");

        Assert.Equal((1, 0), (before.ExitCode, after.ExitCode));
        Assert.Equal("<main><p>Hello, theme.</p>\n</main>\n", File.ReadAllText(Path.Combine(siteFolder, "_site", "hello.html")));
    }

    /// <summary>A site using the gem theme <c>fake-theme</c>, and a PATH whose <c>bundle</c> runs <paramref name="bundleScript"/> (given the theme's folder).</summary>
    private (string Site, Dictionary<string, string> Path) GemSite(Func<string, string> bundleScript)
    {
        var site = Write("site/_config.yml", "title: Gem site\ntheme: fake-theme\n");
        Write("site/Gemfile", "source \"https://rubygems.org\"\ngem \"fake-theme\"\n");
        Write("site/Gemfile.lock", "GEM\n  specs:\n    fake-theme (1.0.0)\n");
        Write("site/hello.md", "---\ntitle: Hello\nlayout: page\n---\nHello, theme.\n");
        var theme = Path.GetDirectoryName(Path.GetDirectoryName(Write("fake-theme-1.0.0/_layouts/page.html", "<main>{{ content }}</main>\n")))!;
        var bundle = Write("bin/bundle", "#!/bin/sh\n" + bundleScript(theme) + "\n");
        Assert.Equal(0, ShellScript.Run($"chmod +x {ShellScript.Quote(bundle)}", privateMounts: false).ExitCode);
        return (Path.GetDirectoryName(site)!, new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(bundle) + ":" + Environment.GetEnvironmentVariable("PATH") });
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
