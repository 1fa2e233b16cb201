using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BlogGen.Browser.Tests;

/// <summary>Serves a built site under a base path (as GitHub Pages serves a project site) on 127.0.0.1 and a free port.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>Scheme, host and port, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0"); // port 0: the system picks a free one
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UsePathBase(basePath);
        app.Use((context, next) =>
        {
            if (!context.Request.PathBase.HasValue)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
