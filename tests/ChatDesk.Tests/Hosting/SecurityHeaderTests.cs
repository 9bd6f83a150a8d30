using System.Net;
using System.Text.RegularExpressions;
using ChatDesk.Hosting;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Hosting;

/// <summary>The security headers on every kind of response, once each.</summary>
[Collection(AppHostCollection.Name)]
public sealed partial class SecurityHeaderTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public SecurityHeaderTests() => factory = new ChatDeskFactory(database);

    [Theory]
    [InlineData("/chat/support", HttpStatusCode.OK)]          // the customer page
    [InlineData("/account/login", HttpStatusCode.OK)]         // a static staff page
    [InlineData("/demo", HttpStatusCode.OK)]                  // the example company page
    [InlineData("/app.css", HttpStatusCode.OK)]               // a static file
    [InlineData("/widget.js", HttpStatusCode.OK)]             // the script other sites embed
    [InlineData("/api/widget/support", HttpStatusCode.OK)]    // the API
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]    // an error page
    [InlineData("/agent", HttpStatusCode.Redirect)]           // a redirect to sign in
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response);
    }

    [Theory]
    [InlineData("/agent")]
    [InlineData("/supervisor")]
    [InlineData("/admin/channels")]
    public async Task SignedInStaffPagesCarryThemToo(string path)
    {
        using var admin = await StaffSignIn.ClientForAsync(factory, "admin");

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeaders(response);
        Assert.DoesNotMatch(InlineScript(), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/chat/support")]
    [InlineData("/demo")]
    [InlineData("/account/login")]
    public async Task PagesHoldNoInlineScriptThePolicyWouldBlock(string path)
    {
        var html = await factory.CreateClient().GetStringAsync(path);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.Contains("js/start", html);
    }

    [Fact]
    public void ThePolicyAllowsScriptOnlyFromThisSite()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split("; ").ToDictionary(d => d.Split(' ')[0], d => d);

        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("default-src 'self'", directives["default-src"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("frame-ancestors 'self'", directives["frame-ancestors"]);
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        var csp = Assert.Single(Values(response, "Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Equal("nosniff", Assert.Single(Values(response, "X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(Values(response, "Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(Values(response, "Permissions-Policy")));
    }

    private static IEnumerable<string> Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values
        : response.Content.Headers.TryGetValues(name, out var content) ? content : [];

    // A <script> element with content of its own (not src=, not JSON data) would need 'unsafe-inline'.
    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
