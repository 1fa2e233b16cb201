using System.Text;

namespace BlogGen.Cli.Tests;

/// <summary>Broken and hostile requests get a 4xx answer, and the server goes on serving. Kestrel answers any version
/// it cannot read, malformed or not, with 505 HTTP Version Not Supported; a '*' target on GET with 405, as only
/// OPTIONS may use it.</summary>
public sealed class MalformedRequestTests(MalformedRequestTests.Server server) : IClassFixture<MalformedRequestTests.Server>
{
    public sealed class Server : IDisposable
    {
        private readonly ServeSite site = new();

        public Server() => Process = ServeProcess.Start(site.Root, ServeProcess.FreePort());

        public ServeProcess Process { get; }

        public void Dispose()
        {
            Process.Dispose();
            site.Dispose();
        }
    }

    private const string Host = "Host: 127.0.0.1\r\nConnection: close\r\n";

    public static TheoryData<string, string, int> Requests => new()
    {
        { "garbage request line", "HELLO THERE\r\n\r\n", 400 },
        { "no HTTP version", "GET /\r\n\r\n", 400 },
        { "unknown HTTP version", $"GET / HTTP/1.7\r\n{Host}\r\n", 505 },
        { "malformed HTTP version", $"GET / HTTP/one\r\n{Host}\r\n", 505 },
        { "lower-case HTTP version", $"GET / http/1.1\r\n{Host}\r\n", 505 },
        { "no Host header", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400 },
        { "header without a colon", $"GET / HTTP/1.1\r\n{Host}Broken header\r\n\r\n", 400 },
        { "headers over 64 KB", $"GET / HTTP/1.1\r\n{Host}X-Big: {new string('a', 70_000)}\r\n\r\n", 431 },
        { "many headers", $"GET / HTTP/1.1\r\n{Host}{string.Concat(Enumerable.Range(0, 200).Select(i => $"X-H{i}: v\r\n"))}\r\n", 431 },
        { "URL over 8 KB", $"GET /{new string('a', 100_000)} HTTP/1.1\r\n{Host}\r\n", 414 },
        { "invalid percent-encoding", $"GET /%zz%G1 HTTP/1.1\r\n{Host}\r\n", 400 },
        { "truncated percent-encoding", $"GET /index.html% HTTP/1.1\r\n{Host}\r\n", 400 },
        { "encoded NUL", $"GET /index%00.html HTTP/1.1\r\n{Host}\r\n", 400 },
        { "raw NUL in the path", $"GET /index\0.html HTTP/1.1\r\n{Host}\r\n", 400 },
        { "raw NUL in a header", $"GET / HTTP/1.1\r\n{Host}X-Null: a\0b\r\n\r\n", 400 },
        { "invalid UTF-8", $"GET /%ff%fe HTTP/1.1\r\n{Host}\r\n", 400 },
        { "absolute URL to another host", $"GET http://example.org/ HTTP/1.1\r\n{Host}\r\n", 400 },
        { "asterisk target on GET", $"GET * HTTP/1.1\r\n{Host}\r\n", 405 },
        { "bad Content-Length", $"GET / HTTP/1.1\r\n{Host}Content-Length: -5\r\n\r\n", 400 },
        { "unsupported method", $"DELETE / HTTP/1.1\r\n{Host}\r\n", 405 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void IsAnsweredWithAClientErrorAndTheServerGoesOn(string name, string request, int expected)
    {
        var (status, response) = RawHttp.Send(server.Process.Url.Port, Encoding.Latin1.GetBytes(request));

        Assert.True(status == expected, $"{name}: expected {expected}, got {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}\n{Head(response)}");
        Assert.False(server.Process.HasExited);
        Assert.Equal(200, server.Process.RawGet("/").Status);
    }

    [Fact]
    public void ClientsThatHangUpHalfwayDoNotDisturbIt()
    {
        foreach (var part in new[] { "G", "GET / HT", $"GET / HTTP/1.1\r\n{Host}", $"GET / HTTP/1.1\r\n{Host}X-Big: {new string('a', 20_000)}" })
        {
            for (var i = 0; i < 20; i++)
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect(System.Net.IPAddress.Loopback, server.Process.Url.Port);
                client.GetStream().Write(Encoding.Latin1.GetBytes(part));
            }
        }

        Assert.Equal(200, server.Process.RawGet("/").Status);
        Assert.Equal(200, server.Process.RawGet(ServeSite.PostUrl).Status);
    }

    private static string Head(string response) => response.Length > 300 ? response[..300] : response;
}
