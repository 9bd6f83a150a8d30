using System.Net;
using System.Net.Sockets;

namespace ChatDesk.EndToEnd.Harness;

internal static class FreePort
{
    public static int Tcp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A port free for both UDP and TCP, as a DNS server listens on both.</summary>
    public static int UdpAndTcp()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var port = Tcp();
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // Taken for UDP; try another.
            }
        }
        throw new InvalidOperationException("No free loopback port for UDP and TCP.");
    }
}
