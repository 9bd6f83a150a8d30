using System.Net;
using System.Text.RegularExpressions;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Admin.Staff;

/// <summary>Signs a demo user in through the real login form (antiforgery token and all); the client keeps the cookie.</summary>
public static partial class LoginForm
{
    public static async Task<HttpClient> SignedInClientAsync(ChatDeskFactory factory, string userName)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName, ["Input.Password"] = "Test-Demo-Pass-1",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
