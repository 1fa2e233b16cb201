namespace BlogGen.Templating;

/// <summary>What <c>{% seo %}</c> and <c>{% feed_meta %}</c> need of the site besides its template objects.</summary>
/// <param name="Feed">jekyll-feed is on (see <c>SiteFeatures.Feed</c>): without it <c>{% feed_meta %}</c> prints nothing.</param>
/// <param name="Lang">The <c>lang</c> the configuration gives, if any: jekyll-seo-tag's locale is <c>en_US</c> without one.</param>
public sealed record HeadTagSettings(bool Feed, string? Lang)
{
    /// <summary>A site with its feed on and no language set.</summary>
    public static readonly HeadTagSettings Default = new(true, null);
}
