namespace BlogGen.Checking;

/// <summary>What <see cref="LinkChecker"/> checks.</summary>
/// <param name="SiteDirectory">The built site (the destination of a build).</param>
/// <param name="BaseUrl">The path the site is mounted at: empty, or e.g. <c>/blog</c> (no trailing slash).</param>
/// <param name="SiteUrl">The site's own scheme and host, e.g. <c>https://example.org</c>; absolute links to it are checked too. Empty when unknown.</param>
/// <param name="DisplayPrefix">Put before each page's path inside the site in diagnostics, e.g. <c>_site/</c>.</param>
public sealed record CheckOptions(string SiteDirectory, string BaseUrl, string SiteUrl, string DisplayPrefix = "");
