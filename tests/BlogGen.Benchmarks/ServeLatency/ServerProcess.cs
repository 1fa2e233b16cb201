using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BlogGen.Benchmarks.ServeLatency;

/// <summary>A running <c>bloggen serve</c> on a loopback port, started from the built program, its output collected.</summary>
internal sealed class ServerProcess : IDisposable
{
    private const string ServingPrefix = "Serving at ";
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private ServerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The address the server printed, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>From starting the process to the server listening: the first build is part of it.</summary>
    public TimeSpan Startup { get; private set; }

    /// <summary>Everything the server printed so far, for a report when something goes wrong.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public static ServerProcess Start(string bloggen, string site, TimeSpan limit)
    {
        var start = new ProcessStartInfo(bloggen)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "serve", "--source", site, "--host", "127.0.0.1", "--port", FreePort().ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        var clock = Stopwatch.StartNew();
        var server = new ServerProcess(Process.Start(start)!);
        var serving = server.WaitForLine(line => line.StartsWith(ServingPrefix, StringComparison.Ordinal), limit);
        server.Startup = clock.Elapsed;
        server.Url = new Uri(serving[ServingPrefix.Length..].Trim());
        return server;
    }

    /// <summary>Stops the server as Ctrl+C does, so it removes its temp folder; kills it if it does not stop.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            interrupt.WaitForExit();
        }
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
    }

    private string WaitForLine(Func<string, bool> match, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            lock (_lines)
            {
                if (_lines.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"bloggen serve exited with code {_process.ExitCode} before serving:\n{Output}");
            }
            Thread.Sleep(5);
        }
        throw new TimeoutException($"bloggen serve was not serving after {limit.TotalSeconds:0} s:\n{Output}");
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    /// <summary>A loopback port nothing listens on now; the server takes the next one if it is gone by then.</summary>
    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
