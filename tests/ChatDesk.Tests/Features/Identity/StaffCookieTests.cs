using System.Net;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.Identity;

[Collection(AppHostCollection.Name)]
public sealed class StaffCookieTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public StaffCookieTests() => factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Identity:IdleMinutes"] = "45" });

    [Fact]
    public async Task TheSignInAndAntiforgeryCookiesAreHttpOnlyAndSameSiteLax()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/login");
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));

        var browser = new StaffBrowser(factory);
        var signIn = await browser.PostLoginAsync("agent1", StaffSignIn.Password);
        var staff = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(StaffCookie.Name, StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, staff })
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
            // Plain http (tests, dotnet run): Secure would make the browser drop the cookie.
            Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void TheSignInCookieSlidesByTheIdleLimit()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromMinutes(45), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
    }

    [Theory]
    [InlineData("Production", CookieSecurePolicy.Always)]
    [InlineData("Development", CookieSecurePolicy.SameAsRequest)]
    public void CookiesAreSecureInProduction(string environment, CookieSecurePolicy expected)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddSingleton(TimeProvider.System);
        services.AddOptions();
        services.AddStaffCookies();
        using var provider = services.BuildServiceProvider();

        var staff = provider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var antiforgery = provider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.Equal(expected, staff.Cookie.SecurePolicy);
        Assert.Equal(expected, antiforgery.Cookie.SecurePolicy);
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
