using System.Net;

using BlogGen.Building;
using BlogGen.Building.Caching;
using BlogGen.Configuration;
using BlogGen.Output;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BlogGen.Server;

/// <summary>
/// <c>bloggen serve</c>: builds the site into memory, serves it on Kestrel, rebuilds what changed when the source
/// changes, and tells open pages to reload or to show the build's errors.
/// </summary>
public static class PreviewServer
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan StopLimit = TimeSpan.FromMilliseconds(400);

    /// <summary>Runs until <paramref name="stop"/> is cancelled. Returns 0 after a clean stop, 1 when it cannot listen, 2 for a bad host.</summary>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter error, CancellationToken stop)
    {
        if (PortFinder.ParseHost(options.Host) is not { } address)
        {
            error.WriteLine($"bloggen: --host must be an IP address such as 127.0.0.1, or 'localhost', not '{options.Host}'.");
            return 2;
        }
        var source = Path.GetFullPath(options.Source);
        var events = new LiveEvents();
        var sessionStart = BuildClock.Now();
        // Served under its baseurl as it will be published, so a link that forgets it breaks here first. Read once:
        // the server's paths and the site's links must agree, so a new baseurl in _config.yml takes a restart.
        var basePath = new BasePath(ConfigLoader.NormalizeBaseUrl(options.BaseUrl ?? ConfigLoader.Load(source, new ConfigOverrides()).Config.BaseUrl));
        var rebuilder = new SiteRebuilder(new BuildOptions(source, null, new ConfigOverrides
        {
            BaseUrl = basePath.Text,
            ShowDrafts = options.ShowDrafts,
            ShowFuture = options.ShowFuture,
            // One build time for the whole session: a page showing site.time would otherwise change with every save.
            BuildTime = sessionStart,
        })
        {
            // Kept for the whole session: a rebuild reads, converts and renders again only what changed.
            Session = new BuildSession(),
            Memory = new InMemoryOutput(),
        }, events, output, error);

        output.WriteLine($"Building {source} in memory (after a change, only what changed is built again).");
        // Watching starts before the first build: a save made while it runs is built right after it.
        using var watcher = new SourceWatcher(source, Debounce, rebuilder.Request);
        rebuilder.BuildFirst();

        var (app, port) = await StartAsync(options, address, new SiteRequestHandler(rebuilder, events, options.LiveReload, basePath, stop), output, stop);
        if (app is null)
        {
            error.WriteLine($"bloggen: no free port from {options.Port} to {options.Port + PortFinder.Attempts - 1} on {address}: pass another with --port.");
            rebuilder.Stop(StopLimit);
            return 1;
        }
        await using (app)
        {
            var url = PortFinder.Url(address, port).TrimEnd('/') + basePath.FolderUrl([]);
            output.WriteLine($"Serving at {url}");
            if (basePath.Text.Length > 0)
            {
                output.WriteLine($"The site's baseurl is {basePath.Text}: / redirects there, and a link without it is not found (--baseurl '' serves the site at /).");
            }
            output.WriteLine(options.LiveReload ? "Watching for changes; pages reload by themselves. Press Ctrl+C to stop." : "Watching for changes. Press Ctrl+C to stop.");
            if (options.OpenBrowser)
            {
                BrowserOpener.Open(url, output);
            }
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopping.");
            }
            events.Complete();
            using var limit = new CancellationTokenSource(StopLimit);
            await app.StopAsync(limit.Token);
            rebuilder.Stop(StopLimit);
        }
        return 0;
    }

    private static async Task<(WebApplication? App, int Port)> StartAsync(ServeOptions options, IPAddress address,
        SiteRequestHandler handler, TextWriter output, CancellationToken stop)
    {
        for (var port = options.Port; port < options.Port + PortFinder.Attempts && port <= IPEndPoint.MaxPort; port++)
        {
            if (PortFinder.IsFree(address, port))
            {
                var app = Create(address, port, handler);
                try
                {
                    await app.StartAsync(stop);
                    return (app, port);
                }
                catch (IOException)
                {
                    // Taken between the check and the bind: go on to the next port.
                    await app.DisposeAsync();
                }
            }
            output.WriteLine($"Port {port} is busy; trying {port + 1}.");
        }
        return (null, 0);
    }

    private static WebApplication Create(IPAddress address, int port, SiteRequestHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // The command handles Ctrl+C itself, so the host must not stop on its own.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);
        return app;
    }
}
