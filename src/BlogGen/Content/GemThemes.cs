using System.Text.RegularExpressions;

namespace BlogGen.Content;

/// <summary>
/// Finds a Jekyll theme gem (<c>theme: minima</c>) where Jekyll finds it: with a <c>Gemfile</c> in the site, through
/// Bundler (<c>bundle info --path</c>); without one, in the installed gem folders (<c>GEM_HOME</c>, <c>GEM_PATH</c>, the
/// usual system and user folders, Debian's <c>/usr/share/rubygems-integration/all</c>), and last through RubyGems itself
/// (<c>gem contents --show-install-dir</c>). The folder lookup comes first because it costs no Ruby start.
/// </summary>
public static partial class GemThemes
{
    /// <summary>The gem's folder, or null with <paramref name="installHint"/> saying how to install it.</summary>
    /// <param name="bundler">Bundler's answers kept by a build session; none: Bundler is asked every time.</param>
    public static string? Find(string name, string sourceDirectory, out string installHint, BundlerLookups? bundler = null)
    {
        var hasGemfile = File.Exists(Path.Combine(sourceDirectory, "Gemfile"));
        installHint = hasGemfile
            ? $"add it to the Gemfile and install it (`bundle add {name}`)"
            : $"install the gem (`gem install {name}`, or your system's package, e.g. Debian's jekyll-theme-{name})";
        if (hasGemfile && ExternalCommand.Find("bundle") is { } bundle
            && (bundler is null ? AskBundler(bundle, name, sourceDirectory) : bundler.PathOf(name, sourceDirectory, () => AskBundler(bundle, name, sourceDirectory))) is { } bundled)
        {
            return bundled;
        }
        if (InstalledFolders().Select(folder => NewestIn(folder, name)).OfType<string>().FirstOrDefault() is { } installed)
        {
            return installed;
        }
        if (ExternalCommand.Find("gem") is { } gem)
        {
            var found = ExternalCommand.Run(gem, ["contents", name, "--show-install-dir"], sourceDirectory);
            if (found.Succeeded && LastLine(found.Output) is { } path && Directory.Exists(path))
            {
                return path;
            }
        }
        return null;
    }

    private static string? AskBundler(string bundle, string name, string sourceDirectory)
    {
        var found = ExternalCommand.Run(bundle, ["info", "--path", name], sourceDirectory);
        return found.Succeeded && LastLine(found.Output) is { } path && Directory.Exists(path) ? path : null;
    }

    /// <summary>
    /// The Jekyll plugins a theme gem depends on (minima: jekyll-feed, jekyll-seo-tag), read from its gemspec: Jekyll
    /// loads a theme's runtime dependencies as plugins, so a site on the theme has them without listing them.
    /// </summary>
    public static IReadOnlyList<string> PluginsOf(string gemDirectory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(gemDirectory));
        var specification = new[]
        {
            Path.Combine(gemDirectory, "..", "..", "specifications", name + ".gemspec"),
            Path.Combine(gemDirectory, name[..Math.Max(0, name.LastIndexOf('-'))] + ".gemspec"),
        }.FirstOrDefault(File.Exists);
        if (specification is null)
        {
            return [];
        }
        return [.. RuntimeDependency().Matches(File.ReadAllText(specification))
            .Select(match => match.Groups["name"].Value)
            .Where(dependency => dependency.StartsWith("jekyll-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary><c>add_runtime_dependency(%q&lt;jekyll-feed&gt;</c> or <c>add_dependency "jekyll-feed"</c>; not development ones.</summary>
    [GeneratedRegex(@"add_(?:runtime_)?dependency\s*\(?\s*(?:%q<(?<name>[^>]+)>|[""'](?<name>[^""']+)[""'])")]
    private static partial Regex RuntimeDependency();

    /// <summary>Gem folders in the order RubyGems searches them: the user's settings first, then the usual places.</summary>
    private static IEnumerable<string> InstalledFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var configured = new[] { Environment.GetEnvironmentVariable("GEM_HOME") }
            .Concat((Environment.GetEnvironmentVariable("GEM_PATH") ?? "").Split(Path.PathSeparator))
            .Where(folder => !string.IsNullOrEmpty(folder))
            .Select(folder => folder!);
        var versioned = new[]
        {
            Path.Combine(home, ".local", "share", "gem", "ruby"), Path.Combine(home, ".gem", "ruby"),
            "/var/lib/gems", "/usr/local/lib/ruby/gems", "/usr/lib/ruby/gems", "/opt/homebrew/lib/ruby/gems", "/Library/Ruby/Gems",
        }.Where(Directory.Exists).SelectMany(folder => Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).Reverse());
        return configured.Concat(versioned).Append("/usr/share/rubygems-integration/all");
    }

    /// <summary>The highest version of <paramref name="name"/> under <c>gems/</c> of a gem folder.</summary>
    private static string? NewestIn(string gemFolder, string name)
    {
        var gems = Path.Combine(gemFolder, "gems");
        if (!Directory.Exists(gems))
        {
            return null;
        }
        return Directory.EnumerateDirectories(gems, name + "-*")
            .Select(path => (Path: path, Version: Path.GetFileName(path)[(name.Length + 1)..]))
            .Where(gem => gem.Version.Length > 0 && char.IsAsciiDigit(gem.Version[0]))
            .OrderByDescending(gem => gem.Version, Comparer<string>.Create(CompareVersions))
            .Select(gem => gem.Path)
            .FirstOrDefault();
    }

    /// <summary>Versions compared part by part, numbers as numbers (<c>2.10.0</c> is after <c>2.9.1</c>).</summary>
    private static int CompareVersions(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var x = i < left.Length ? left[i] : "0";
            var y = i < right.Length ? right[i] : "0";
            var byPart = long.TryParse(x, out var m) && long.TryParse(y, out var n) ? m.CompareTo(n) : string.CompareOrdinal(x, y);
            if (byPart != 0)
            {
                return byPart;
            }
        }
        return 0;
    }

    private static string? LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
