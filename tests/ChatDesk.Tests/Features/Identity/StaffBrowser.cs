using System.Net;
using System.Text.RegularExpressions;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>A client with a cookie jar the test can read and fill, as a browser (or a thief of its cookie) would have.</summary>
public sealed partial class StaffBrowser(WebApplicationFactory<Program> factory)
{
    public static readonly Uri Site = new("http://localhost");

    public CookieContainer Jar { get; } = new();

    private HttpClient? client;

    public HttpClient Client => client ??= factory.CreateDefaultClient(Site, new CookieContainerHandler(Jar));

    public string? StaffCookie => Jar.GetCookies(Site)[ChatDesk.Features.Identity.StaffCookie.Name]?.Value;

    public static async Task<StaffBrowser> SignedInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var browser = new StaffBrowser(factory);
        var response = await browser.PostLoginAsync(userName, Support.StaffSignIn.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && browser.StaffCookie is not null,
            $"{userName} could not sign in: {(int)response.StatusCode}");
        return browser;
    }

    public async Task<HttpResponseMessage> PostLoginAsync(string userName, string password, string? language = null)
    {
        var token = await TokenFromAsync("/account/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
            }),
        };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await Client.SendAsync(request);
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public async Task<string> TokenFromAsync(string path)
    {
        var page = await Client.GetStringAsync(path);
        return WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
    }

    /// <summary>The text of the page's alert (role="alert"), or null.</summary>
    public static string? Alert(string page) =>
        AlertPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex AlertPattern();
}
