using System.Net;
using System.Net.Sockets;

namespace ChatDesk.Features.Abuse;

/// <summary>Who a limit counts (circuits, sign-in, widget, request form): the request's remote address, which the
/// forwarded-headers middleware has already replaced with the real client's when the app runs behind a configured
/// proxy.</summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext? context) => Of(context?.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return Unknown;
        // One client over IPv4 and over IPv4-in-IPv6 (a dual-stack listener) is one client.
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        // An IPv6 client gets a whole /64 and can pick a new address in it for every request: count the /64.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
