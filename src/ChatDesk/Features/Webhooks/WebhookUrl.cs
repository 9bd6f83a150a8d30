using System.Net;
using System.Net.Sockets;

namespace ChatDesk.Features.Webhooks;

/// <summary>Which receiver addresses are allowed: absolute http(s) URLs; in Production no loopback, private or
/// link-local target (a webhook must not become a way to reach the server's own network) unless
/// Webhooks:AllowPrivateTargets is set. Checked on save for literal addresses and names like localhost, and again
/// on every connection for what the name resolves to (see <see cref="WebhookHttp"/>).</summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    /// <summary>Null when the URL may be saved, else the text key of the problem.</summary>
    public static string? Problem(string? url, bool allowPrivate)
    {
        if (string.IsNullOrWhiteSpace(url)) return "Error_UrlRequired";
        if (url.Length > MaxLength) return "Error_UrlTooLong";
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
            return "Error_UrlScheme";
        if (uri.UserInfo.Length > 0) return "Error_UrlUserInfo";
        if (!allowPrivate && IsPrivateHost(uri)) return "Error_UrlPrivate";
        return null;
    }

    private static bool IsPrivateHost(Uri uri) =>
        uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IsPrivate(address));

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] == 10 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }
}
