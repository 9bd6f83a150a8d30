using System.Net;
using System.Text.RegularExpressions;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Identity;

/// <summary>An outsider cannot tell an unknown user name from a disabled, locked or existing account.</summary>
[Collection(AppHostCollection.Name)]
public sealed partial class LoginAnswerTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;
    private readonly CountingHasher hasher = new();

    public LoginAnswerTests() => factory = new ChatDeskFactory(database, new Dictionary<string, string?>
    {
        ["Abuse:LoginPerMinute"] = "1000",
    });

    [Fact]
    public async Task UnknownDisabledLockedAndWrongPasswordGetTheSameAnswer()
    {
        var browser = new StaffBrowser(factory);
        _ = factory.Services; // started: the demo staff exist
        database.Execute("UPDATE \"AspNetUsers\" SET \"Disabled\" = TRUE WHERE \"UserName\" = 'agent2'");
        for (var attempt = 0; attempt < 5; attempt++) await browser.PostLoginAsync("supervisor", "wrong-" + attempt);

        var answers = new List<(string Case, HttpStatusCode Status, string Page)>();
        foreach (var (name, user, password) in new[]
        {
            ("unknown", "nobody", "whatever-1"),
            ("wrong password", "agent1", "wrong-password"),
            ("disabled, wrong password", "agent2", "wrong-password"),
            ("disabled, right password", "agent2", StaffSignIn.Password),
            ("locked, right password", "supervisor", StaffSignIn.Password),
        })
        {
            var response = await browser.PostLoginAsync(user, password);
            answers.Add((name, response.StatusCode, Normalised(await response.Content.ReadAsStringAsync())));
        }

        Assert.Null(browser.StaffCookie);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal("Wrong user name or password, or the account is locked. After 5 wrong passwords in a row an account is locked for 15 minutes.",
            StaffBrowser.Alert(answers[0].Page));
        // The whole page content, not only the message, once the typed name and the per-request token are set aside.
        Assert.All(answers, a => Assert.True(a.Page == answers[0].Page, $"{a.Case} answered differently from {answers[0].Case}:\n{a.Page}\n{answers[0].Page}"));
    }

    [Fact]
    public async Task FiveWrongPasswordsStillLockTheAccount()
    {
        var browser = new StaffBrowser(factory);
        for (var attempt = 0; attempt < 5; attempt++) await browser.PostLoginAsync("agent1", "wrong-" + attempt);

        var right = await browser.PostLoginAsync("agent1", StaffSignIn.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(browser.StaffCookie);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("agent1"))!));
    }

    [Fact]
    public async Task AnUnknownNameCostsAPasswordCheckAsAKnownOneDoes()
    {
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher)));
        var browser = new StaffBrowser(counted);

        await browser.PostLoginAsync("agent1", "wrong-password");
        var known = hasher.Verifications;
        await browser.PostLoginAsync("nobody-at-all", "wrong-password");

        Assert.Equal(1, known);
        Assert.Equal(2, hasher.Verifications);
    }

    [Fact]
    public async Task TheSignInPageSpeaksSwedishToASwedishBrowser()
    {
        var browser = new StaffBrowser(factory);

        var response = await browser.PostLoginAsync("nobody", "whatever-1", language: "sv-SE,sv;q=0.9,en;q=0.5");

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Logga in i ChatDesk", page);
        Assert.StartsWith("Fel användarnamn eller lösenord", StaffBrowser.Alert(page));
    }

    /// <summary>What the page shows (its main element), with every form value (typed name, token) emptied.</summary>
    private static string Normalised(string page)
    {
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..(page.IndexOf("</main>", StringComparison.Ordinal) + 7)];
        return ValuePattern().Replace(main, "value=\"\"");
    }

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex ValuePattern();

    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> real = new();
        private int verifications;

        public int Verifications => verifications;

        public string HashPassword(StaffUser user, string password) => real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
