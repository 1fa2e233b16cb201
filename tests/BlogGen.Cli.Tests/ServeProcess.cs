using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace BlogGen.Cli.Tests;

/// <summary>A running <c>bloggen serve</c> on a free loopback port, with its output collected line by line.</summary>
public sealed class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly List<string> stdout = [];
    private readonly List<string> stderr = [];

    private ServeProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Add(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Add(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The URL the server printed, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Stdout => Snapshot(stdout);

    public string Stderr => Snapshot(stderr);

    public static ServeProcess Start(string source, int port, params string[] arguments) =>
        Launch(source, port, arguments).WaitUntilServing();

    /// <summary>Starts the server and returns as soon as it says it is building, long before the first build is over.</summary>
    public static ServeProcess StartBuilding(string source, int port)
    {
        var server = Launch(source, port, []);
        server.WaitForLine(line => line.StartsWith("Building ", StringComparison.Ordinal), StartLimit);
        return server;
    }

    /// <summary>Waits for the URL the server prints once the first build is done and it listens.</summary>
    public ServeProcess WaitUntilServing()
    {
        var serving = WaitForLine(line => line.StartsWith("Serving at ", StringComparison.Ordinal), StartLimit);
        Url = new Uri(serving["Serving at ".Length..].Trim());
        return this;
    }

    private static ServeProcess Launch(string source, int port, string[] arguments)
    {
        var start = BloggenProcess.StartInfo(
            new[] { "serve", "--source", source, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(arguments));
        start.RedirectStandardInput = true;
        return new ServeProcess(Process.Start(start)!);
    }

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static HttpClient Client() => new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>Waits for a printed line (stdout) that matches, failing the test after <paramref name="limit"/>.</summary>
    public string WaitForLine(Func<string, bool> match, TimeSpan limit, int after = 0) =>
        WaitFor(stdout, match, limit, after, "stdout");

    public string WaitForErrorLine(Func<string, bool> match, TimeSpan limit) => WaitFor(stderr, match, limit, 0, "stderr");

    public int StdoutLineCount
    {
        get
        {
            lock (stdout)
            {
                return stdout.Count;
            }
        }
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>Sends a signal by its name without <c>SIG</c>: <c>INT</c>, <c>TERM</c>.</summary>
    public void Signal(string name) => BloggenProcess.Signal(process, name);

    public bool WaitForExit(TimeSpan limit) => process.WaitForExit(limit);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Interrupt();
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        process.Dispose();
    }

    /// <summary>Sends a request target exactly as written (HttpClient would normalise dot segments first).</summary>
    public (int Status, string Response) RawGet(string target)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, Url.Port);
        client.ReceiveTimeout = 10_000;
        using var stream = client.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        stream.Write(request);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var response = Encoding.UTF8.GetString(memory.ToArray());
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    private string WaitFor(List<string> lines, Func<string, bool> match, TimeSpan limit, int after, string name)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            lock (lines)
            {
                var found = lines.Skip(after).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }
            }
            if (process.HasExited)
            {
                break;
            }
            Thread.Sleep(20);
        }
        throw new TimeoutException($"bloggen serve did not print the expected line on {name} in {limit.TotalSeconds} s.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
    }

    private static void Add(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (lines)
        {
            lines.Add(line);
        }
    }

    private static string Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }
}
