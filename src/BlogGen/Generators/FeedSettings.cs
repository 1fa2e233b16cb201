using BlogGen.Configuration;
using BlogGen.Diagnostics;

namespace BlogGen.Generators;

/// <summary>jekyll-feed's <c>feed:</c> settings: how many posts a feed holds, and whether tags and categories get feeds of their own.</summary>
public sealed record FeedSettings(int PostsLimit, bool Tags, bool Categories)
{
    public const int DefaultPostsLimit = 20;

    public static FeedSettings Read(SiteConfig config, ICollection<Diagnostic> diagnostics)
    {
        var site = new ConfigValueReader(config.Values, config.ConfigPath, diagnostics);
        if (site.Map("feed") is not { } feed)
        {
            return new FeedSettings(DefaultPostsLimit, false, false);
        }
        var reader = new ConfigValueReader(feed, config.ConfigPath, diagnostics);
        return new FeedSettings(
            reader.PositiveInt("posts_limit") ?? DefaultPostsLimit,
            Flag(reader, "tags"),
            Flag(reader, "categories"));
    }

    private static bool Flag(ConfigValueReader reader, string key)
    {
        switch (reader.Raw(key))
        {
            case null:
                return false;
            case bool value:
                return value;
            default:
                reader.Report($"feed.{key}", "must be true or false; feeds for it are not written");
                return false;
        }
    }
}
