using System.Net;
using System.Net.Sockets;

namespace BlogGen.Server;

/// <summary>Finds the first port from the one asked for that nothing listens on.</summary>
internal static class PortFinder
{
    public const int Attempts = 50;

    public static bool IsFree(IPAddress address, int port)
    {
        try
        {
            var listener = new TcpListener(address, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Parses <c>--host</c>: an IP address, or <c>localhost</c> for 127.0.0.1.</summary>
    public static IPAddress? ParseHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var address) ? address : null;

    public static string Url(IPAddress address, int port) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"http://[{address}]:{port}/" : $"http://{address}:{port}/";
}
