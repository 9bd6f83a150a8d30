using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using ChatDesk.EndToEnd.Harness;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class WidgetTests
{
    [Fact]
    public Task AShopOnAnotherOriginPreFillsFromACookieAVariableAndALiteral() => RunAsync(async () =>
    {
        var shop = await OpenShopAsync("""
            data-channel="support"
            data-customer-name="cookie:shop_name"
            data-customer-email="variable:shop.user.email"
            data-customer-phone="+46 70 123 45 67"
            data-company-name="variable:shop.user.company"
            """);

        // The shop's own button and span rules do not reach the widget.
        await Expect(ChatButton(shop)).ToHaveCSSAsync("font-size", "15px");
        var popup = await shop.RunAndWaitForPopupAsync(() => ChatButton(shop).ClickAsync());

        await popup.WaitForURLAsync(new Regex("/chat/support\\?"));
        var query = HttpUtility.ParseQueryString(new Uri(popup.Url).Query);
        Assert.Equal("Bo Ek", query["name"]);
        Assert.Equal("bo@" + DnsTestServer.MxDomain, query["email"]);
        Assert.Equal("+46 70 123 45 67", query["phone"]);
        Assert.Null(query["company"]);
        Assert.Equal(shop.Url, query["source"]);
    });

    /// <summary>A shop page served from http://localhost:{port} while ChatDesk is http://127.0.0.1:{port}: a real
    /// cross-origin embed, so the widget's fetch only works with the endpoint's CORS header.</summary>
    private async Task<IPage> OpenShopAsync(string scriptAttributes, Action<IPage>? beforeLoad = null)
    {
        var page = await OpenAsync("partner-shop");
        beforeLoad?.Invoke(page);
        var shopOrigin = $"http://localhost:{Fixture.App.Port}";
        var shopUrl = shopOrigin + "/partner-shop.html";
        // Chromium counts a page fulfilled by the test as public, and a public page needs the visitor's permission to
        // reach a loopback address (Local Network Access). A ChatDesk on the internet needs no such permission.
        await page.Context.GrantPermissionsAsync(["local-network-access"], new() { Origin = shopOrigin });
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Partner shop</title>
              <style>button, span { font-size: 40px; padding: 30px; } aside { float: left; }</style>
              <script>
                document.cookie = 'shop_name=' + encodeURIComponent('Bo Ek') + '; path=/';
                window.shop = { user: { email: 'bo@{{DnsTestServer.MxDomain}}', company: '   ' } };
              </script>
            </head>
            <body>
              <main><h1>Partner shop</h1></main>
              <script src="{{BaseUrl}}/widget.js" {{scriptAttributes}} defer></script>
            </body>
            </html>
            """;
        await page.RouteAsync(shopUrl, route => route.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = html }));
        await page.GotoAsync(shopUrl);
        return page;
    }
}
