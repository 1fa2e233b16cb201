namespace BlogGen.Server;

/// <summary>What <c>bloggen serve</c> is asked to do.</summary>
/// <param name="Host">An IP address, or <c>localhost</c> for the IPv4 loopback.</param>
/// <param name="Port">The first port tried; when it is busy the next free one is taken.</param>
/// <param name="BaseUrl">The path the site is served under: null for the configuration's <c>baseurl</c>, empty for <c>/</c>.</param>
public sealed record ServeOptions(
    string Source,
    string Host,
    int Port,
    bool ShowDrafts,
    bool ShowFuture,
    bool LiveReload,
    bool OpenBrowser,
    string? BaseUrl = null);
