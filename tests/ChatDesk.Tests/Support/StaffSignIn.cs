using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatDesk.Tests.Support;

/// <summary>Signs a demo staff user in through the real login form, as a browser would, and keeps the cookie.</summary>
public static partial class StaffSignIn
{
    public const string Password = "Test-Demo-Pass-1";

    public static async Task<HttpClient> ClientForAsync(WebApplicationFactory<Program> factory, string userName, string password = Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        // The client keeps the cookie itself; a successful sign-in is a redirect to the user's landing page.
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location!.OriginalString.Contains("/account/"))
            throw new InvalidOperationException($"{userName} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
