using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>The <c>related_posts_limit</c> setting: how many related posts a post shows; 0 shows none.</summary>
public static class RelatedPostsLimit
{
    public const string Key = "related_posts_limit";

    /// <returns>The limit, <see cref="RelatedPosts.DefaultLimit"/> when the key is missing or invalid, and the problem if any.</returns>
    public static (int Limit, Diagnostic? Problem) Read(SiteConfig config) =>
        config.Values.GetValueOrDefault(Key) switch
        {
            null => (RelatedPosts.DefaultLimit, null),
            long n and >= 0 and <= int.MaxValue => ((int)n, null),
            var other => (RelatedPosts.DefaultLimit, Diagnostic.Warning(DiagnosticCodes.RelatedPostsLimitInvalid, config.ConfigPath,
                $"{Key} is '{other}', not a whole number of 0 or more, so {RelatedPosts.DefaultLimit} related posts are shown: set it to a number such as 3, or 0 to show none")),
        };
}
