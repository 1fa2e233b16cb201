using System.Collections.Frozen;

namespace BlogGen.Configuration;

public static class ConfigDefaults
{
    public static readonly IReadOnlySet<string> MarkdownExtensions =
        new[] { ".markdown", ".mkdown", ".mkdn", ".mkd", ".md", ".mdown", ".txt" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Jekyll's own default excludes, so a Jekyll site's tooling does not end up in the output.</summary>
    public static readonly IReadOnlyList<string> Exclude =
        [".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby"];

    public static readonly IReadOnlyList<string> KeepFiles = [".git", ".svn"];
}
