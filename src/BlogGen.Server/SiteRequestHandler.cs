using System.IO.Hashing;
using System.Text;

using BlogGen.Output;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BlogGen.Server;

/// <summary>
/// Answers every request: the live reload endpoints (at the root whatever the base path), then files of the last good
/// build under <paramref name="basePath"/>; <c>/</c> redirects there, and any other path outside it is not found.
/// </summary>
internal sealed class SiteRequestHandler(SiteRebuilder site, LiveEvents events, bool liveReload, BasePath basePath, CancellationToken stopping)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD are served.");
            return;
        }
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (RequestPath.Parse(rawTarget) is not { } path)
        {
            await PlainAsync(context, StatusCodes.Status400BadRequest, "Bad request path.");
            return;
        }
        if (liveReload && path.Text == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        if (liveReload && path.Text == LiveReloadScript.Path)
        {
            await SendAsync(context, StatusCodes.Status200OK, LiveReloadScript.Bytes.AsMemory(), "text/javascript; charset=utf-8");
            return;
        }
        if (site.Served is not { } served)
        {
            await PlainAsync(context, StatusCodes.Status503ServiceUnavailable, "The site is being built.");
            return;
        }
        var query = request.QueryString.HasValue ? request.QueryString.Value : "";
        if (basePath.Strip(path) is not { } inSite)
        {
            if (path.Segments.Count == 0)
            {
                // As `jekyll serve` does. Not permanent: the next preview may have another base path.
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = basePath.FolderUrl([]) + query;
                return;
            }
            await NotFoundAsync(context, served);
            return;
        }
        // The base path without its slash (/blog) is the home page's folder, or the page's relative links would miss.
        var file = inSite.Segments.Count == 0 && !inSite.IsFolder && basePath.Text.Length > 0 ? new SiteFile.Folder() : SiteFile.Resolve(served, inSite);
        switch (file)
        {
            case SiteFile.Found found when await TryServeFileAsync(context, StatusCodes.Status200OK, found):
                return;
            case SiteFile.Folder:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                // Rebuilt from the checked segments: the raw target could start with '//' and send the browser to another host.
                response.Headers.Location = basePath.FolderUrl(inSite.Segments) + query;
                return;
            default:
                await NotFoundAsync(context, served);
                return;
        }
    }

    /// <summary>The site's own 404 page when it has one, with status 404.</summary>
    private async Task NotFoundAsync(HttpContext context, InMemorySite served)
    {
        if (served.Find("404.html") is not { } notFound
            || !await TryServeFileAsync(context, StatusCodes.Status404NotFound, new SiteFile.Found("404.html", notFound)))
        {
            await PlainAsync(context, StatusCodes.Status404NotFound, "Not found.");
        }
    }

    private async Task<bool> TryServeFileAsync(HttpContext context, int status, SiteFile.Found found)
    {
        byte[] bytes;
        try
        {
            bytes = found.File.ReadAllBytes();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A static file deleted since the build: the rebuild its deletion started will drop it.
            return false;
        }
        var contentType = ContentTypes.For(found.RelativePath);
        if (liveReload && ContentTypes.IsHtml(contentType))
        {
            bytes = LiveReloadScript.Inject(bytes, events.BuildId);
        }
        await SendAsync(context, status, bytes, contentType);
        return true;
    }

    private static async Task SendAsync(HttpContext context, int status, ReadOnlyMemory<byte> bytes, string contentType)
    {
        var response = context.Response;
        // A checksum, not a cryptographic hash: those load OpenSSL on Linux, and an ETag only has to change with the bytes.
        var etag = $"\"{Convert.ToHexStringLower(XxHash128.Hash(bytes.Span))}\"";
        response.Headers.ETag = etag;
        // Always revalidate: a preview must never show a page from before the last save.
        response.Headers.CacheControl = "no-cache";
        if (status == StatusCodes.Status200OK && Matches(context.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Split(',', StringSplitOptions.TrimEntries).Any(t => t == "*" || t == etag || t == "W/" + etag);

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var reader = events.Subscribe(ended.Token);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", ended.Token);
            await response.Body.FlushAsync(ended.Token);
            await foreach (var message in reader.ReadAllAsync(ended.Token))
            {
                await response.WriteAsync(message, Encoding.UTF8, ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping: both end the stream.
        }
    }

    private static Task PlainAsync(HttpContext context, int status, string text) =>
        SendAsync(context, status, Encoding.UTF8.GetBytes(text + "\n"), "text/plain; charset=utf-8");
}
