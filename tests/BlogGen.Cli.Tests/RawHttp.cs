using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BlogGen.Cli.Tests;

/// <summary>Sends bytes to a server exactly as given, as a broken or hostile client would, and reads what comes back.</summary>
public static class RawHttp
{
    /// <summary>The status code of the answer, or null when the connection closed without one.</summary>
    public static (int? Status, string Response) Send(int port, byte[] request)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        client.ReceiveTimeout = 10_000;
        client.SendTimeout = 10_000;
        using var stream = client.GetStream();
        try
        {
            stream.Write(request);
        }
        catch (IOException)
        {
            // The server may answer and close before a huge request is sent whole: its answer is still read below.
        }
        using var memory = new MemoryStream();
        try
        {
            stream.CopyTo(memory);
        }
        catch (IOException)
        {
            // Reset after the answer: what arrived before it counts.
        }
        var response = Encoding.Latin1.GetString(memory.ToArray());
        var parts = response.Split(' ', 3);
        return (parts.Length >= 2 && response.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(parts[1], out var status) ? status : null, response);
    }
}
