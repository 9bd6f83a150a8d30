using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ChatDesk.Tests.Support;

/// <summary>An HTTP client whose requests arrive at the app from <paramref name="address"/> (the TCP peer a
/// proxy or a remote browser would be), keeping cookies and not following redirects.</summary>
public static class ClientFrom
{
    public static HttpClient Address(ChatDeskFactory factory, IPAddress address, string baseAddress = "http://localhost/") =>
        new(new CookieContainerHandler { InnerHandler = factory.Server.CreateHandler(c => c.Connection.RemoteIpAddress = address) })
        {
            BaseAddress = new Uri(baseAddress),
        };
}
