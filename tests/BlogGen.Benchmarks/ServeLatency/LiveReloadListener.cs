using System.Diagnostics;
using System.Threading.Channels;

namespace BlogGen.Benchmarks.ServeLatency;

/// <summary>
/// Follows the server's live reload stream as a page does (Server-Sent Events on <c>/__bloggen/events</c>, see
/// src/BlogGen.Server/LiveReloadScript.cs) and notes when each <c>reload</c> or <c>css</c> event arrives.
/// </summary>
internal sealed class LiveReloadListener : IAsyncDisposable
{
    public const string EventsPath = "/__bloggen/events";

    private readonly Channel<long> _reloads = Channel.CreateUnbounded<long>();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _reading = Task.CompletedTask;

    /// <summary>Connects and returns once the server has greeted this listener with its <c>hello</c> event.</summary>
    public static async Task<LiveReloadListener> ConnectAsync(HttpClient client, Uri server, TimeSpan limit)
    {
        var listener = new LiveReloadListener();
        listener._reading = listener.ReadAsync(client, new Uri(server, EventsPath));
        await listener._connected.Task.WaitAsync(limit);
        return listener;
    }

    /// <summary>Forgets the events received so far; returns how many there were.</summary>
    public int Drain()
    {
        var count = 0;
        while (_reloads.Reader.TryRead(out _))
        {
            count++;
        }
        return count;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the next reload event arrived.</summary>
    public ValueTask<long> NextReloadAsync(CancellationToken cancel) => _reloads.Reader.ReadAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            // The stream ends as the server stops; what it says then is of no interest.
        }
        _stop.Dispose();
    }

    private async Task ReadAsync(HttpClient client, Uri events)
    {
        try
        {
            using var response = await client.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var arrived = Stopwatch.GetTimestamp();
                switch (line)
                {
                    case "event: hello":
                        _connected.TrySetResult();
                        break;
                    case "event: reload" or "event: css":
                        _reloads.Writer.TryWrite(arrived);
                        break;
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !_stop.IsCancellationRequested)
        {
            _connected.TrySetException(e);
            _reloads.Writer.TryComplete(e);
            return;
        }
        _reloads.Writer.TryComplete();
    }
}
