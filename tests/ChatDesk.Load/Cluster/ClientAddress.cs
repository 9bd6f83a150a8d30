using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace ChatDesk.Load;

/// <summary>Each simulated customer and agent connects from a loopback address of its own (Linux routes all of
/// 127.0.0.0/8 to the loopback device), as real clients come from their own addresses: nginx's ip_hash keys on a
/// client's address (the first three bytes of an IPv4 one), so from 127.0.0.1 alone every client would stick to one
/// node and the second node would idle. The hub's socket uses the same address as the client's requests, so both
/// reach the same node. A chat's customer and agent take neighbouring addresses, which ip_hash over two nodes puts on
/// different nodes (its last step adds the third byte, so neighbours differ in parity): every message then crosses
/// Redis, the worst case; the benchmark counts how many chats did, from the proxy's X-ChatDesk-Node header.</summary>
public static class ClientAddress
{
    /// <summary>127.a.b.1 with a different a.b for each client number.</summary>
    public static IPAddress For(int client) => new([127, (byte)(client / 250 % 250), (byte)(client % 250 + 1), 1]);

    public static SocketsHttpHandler Handler(IPAddress local) => new()
    {
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public static HttpClient Client(string baseUrl, IPAddress local) =>
        new(Handler(local)) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A SignalR client's WebSocket from this address, with the bearer token the default factory would send.</summary>
    public static async ValueTask<WebSocket> WebSocketAsync(Uri uri, IPAddress local, string token, CancellationToken cancel)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        // The invoker lives as long as the socket; the handler's connection is the socket's.
        await socket.ConnectAsync(uri, new HttpMessageInvoker(Handler(local)), cancel);
        return socket;
    }
}
