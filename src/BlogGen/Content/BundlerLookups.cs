using BlogGen.Hashing;

namespace BlogGen.Content;

/// <summary>
/// What <c>bundle info --path NAME</c> answered for a theme gem, kept by a build session: starting Ruby and Bundler costs
/// about half a second, which a preview's rebuild after each save should not pay. An answer holds while the site's
/// <c>Gemfile</c> and <c>Gemfile.lock</c> hold the same bytes and the folder it named still exists. A <c>bloggen build</c>
/// keeps the answers in <c>.bloggen-cache/</c> (see <see cref="Answers"/>), so that its next run does not start Bundler either.
/// </summary>
public sealed class BundlerLookups
{
    private readonly Dictionary<(string Name, string Site), (UInt128 Inputs, string? Path)> _answers = [];
    private readonly Lock _lock = new();

    public BundlerLookups()
    {
    }

    /// <summary>Answers kept for the site in <paramref name="sourceDirectory"/>, as <see cref="Answers"/> gave them.</summary>
    public BundlerLookups(string sourceDirectory, IEnumerable<(string Name, UInt128 Inputs, string? Path)> kept)
    {
        foreach (var (name, inputs, path) in kept)
        {
            _answers[(name, sourceDirectory)] = (inputs, path);
        }
    }

    /// <summary>
    /// The answers for the site in <paramref name="sourceDirectory"/>, by theme name, each with a hash of the Gemfile and
    /// its lock it holds for.
    /// </summary>
    public IReadOnlyList<(string Name, UInt128 Inputs, string? Path)> Answers(string sourceDirectory)
    {
        lock (_lock)
        {
            return [.. _answers.Where(entry => entry.Key.Site == sourceDirectory && entry.Value.Path is not null)
                .Select(entry => (entry.Key.Name, entry.Value.Inputs, entry.Value.Path))
                .OrderBy(answer => answer.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>How many times Bundler was asked: once per theme, site and state of its Gemfile and lock.</summary>
    public int Runs { get; private set; }

    /// <summary>The answer kept for these inputs, or <paramref name="ask"/>'s, kept for next time.</summary>
    internal string? PathOf(string name, string sourceDirectory, Func<string?> ask)
    {
        lock (_lock)
        {
            // "Not found" is never kept: `bundle install` can put the gem there without changing the lock.
            if (_answers.TryGetValue((name, sourceDirectory), out var kept) && kept.Inputs == InputsOf(sourceDirectory)
                && kept.Path is not null && Directory.Exists(kept.Path))
            {
                return kept.Path;
            }
            Runs++;
            var path = ask();
            // Taken after asking: Bundler writes a Gemfile.lock when the site has none.
            _answers[(name, sourceDirectory)] = (InputsOf(sourceDirectory), path);
            return path;
        }
    }

    /// <summary>
    /// What Bundler's answer depends on: the Gemfile and its lock, Bundler's settings (the site's and the user's
    /// <c>.bundle/config</c>: an install path, a local override of a gem) and the environment variables that stand in for them.
    /// </summary>
    private static UInt128 InputsOf(string sourceDirectory)
    {
        var hash = new ContentHash()
            .Add(Read(Path.Combine(sourceDirectory, "Gemfile")))
            .Add(Read(Path.Combine(sourceDirectory, "Gemfile.lock")))
            .Add(Read(Path.Combine(sourceDirectory, ".bundle", "config")))
            .Add(Read(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".bundle", "config")));
        foreach (var variable in (string[])["BUNDLE_APP_CONFIG", "BUNDLE_GEMFILE", "BUNDLE_PATH", "GEM_HOME", "GEM_PATH"])
        {
            hash.Add(Environment.GetEnvironmentVariable(variable) ?? "\0unset");
        }
        return hash.Value;
    }

    private static string Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "\0unreadable";
        }
    }
}
