using System.Net;

namespace ChatDesk.Features.Abuse;

/// <summary>Who a limit counts: the request's remote address, which the forwarded-headers middleware has already
/// replaced with the real client's when the app runs behind a configured proxy.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext? context) => Of(context?.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return "unknown";
        // One client over IPv4 and over IPv4-in-IPv6 (a dual-stack listener) is one client.
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
