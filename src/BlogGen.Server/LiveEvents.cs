using System.Text.Json;
using System.Threading.Channels;

using BlogGen.Diagnostics;

namespace BlogGen.Server;

/// <summary>
/// The state pages follow over Server-Sent Events: the id of the site being served and the errors of the
/// last build. A page learns it on connecting (so it catches up after a reconnect or a server restart)
/// and is told of every change.
/// </summary>
internal sealed class LiveEvents
{
    private readonly Lock gate = new();
    private readonly List<Channel<string>> clients = [];
    private readonly string serverId = Guid.NewGuid().ToString("N")[..8];
    private int builds;
    private string errors = "";
    private bool completed;

    /// <summary>Changes with every successful build and every server start; pages carry the id they were served with.</summary>
    public string BuildId
    {
        get
        {
            lock (gate)
            {
                return $"{serverId}-{builds}";
            }
        }
    }

    public void Succeeded(bool stylesheetsOnly)
    {
        lock (gate)
        {
            builds++;
            errors = "";
            Broadcast(Message(stylesheetsOnly ? "css" : "reload", CurrentBuild()));
        }
    }

    public void Failed(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.Select(d => new BuildError(d.Path, d.Line, d.Column, Location(d), d.Code, d.Message)).ToList();
        lock (gate)
        {
            errors = Message("errors", JsonSerializer.Serialize(list, LiveEventJson.Default.ListBuildError));
            Broadcast(errors);
        }
    }

    /// <summary>A stream of messages for one page, starting with the current state; it ends when the server stops.</summary>
    public ChannelReader<string> Subscribe(CancellationToken disconnected)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            channel.Writer.TryWrite(Message("hello", CurrentBuild()));
            if (errors.Length > 0)
            {
                channel.Writer.TryWrite(errors);
            }
            if (completed)
            {
                channel.Writer.TryComplete();
                return channel.Reader;
            }
            clients.Add(channel);
        }
        disconnected.Register(() =>
        {
            lock (gate)
            {
                clients.Remove(channel);
            }
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    /// <summary>Ends every open event stream, so the server can stop without waiting for browsers.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
            foreach (var client in clients)
            {
                client.Writer.TryComplete();
            }
            clients.Clear();
        }
    }

    private void Broadcast(string message)
    {
        foreach (var client in clients)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>The <c>path(line,col)</c> part of <see cref="Diagnostic.ToString"/>, so the page and the terminal agree.</summary>
    private static string Location(Diagnostic diagnostic) => (diagnostic.Line, diagnostic.Column) switch
    {
        ( <= 0, _) => diagnostic.Path,
        (_, <= 0) => $"{diagnostic.Path}({diagnostic.Line})",
        _ => $"{diagnostic.Path}({diagnostic.Line},{diagnostic.Column})",
    };

    /// <summary>The data of an event that names the site served now; the caller holds the lock.</summary>
    private string CurrentBuild() => JsonSerializer.Serialize(new BuildEvent($"{serverId}-{builds}"), LiveEventJson.Default.BuildEvent);

    private static string Message(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
