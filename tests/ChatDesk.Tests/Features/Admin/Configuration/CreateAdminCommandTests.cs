using System.Net;
using System.Text.RegularExpressions;
using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary><c>config create-admin</c> on a new database, then the app on that database.</summary>
[Collection(AppHostCollection.Name)]
public sealed partial class CreateAdminCommandTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private Task<int> RunAsync(params string[] args) =>
        ConfigurationCommand.RunAsync(
            [.. args, $"--ChatDesk:Database={database.Provider}", $"--ConnectionStrings:ChatDesk={database.ConnectionString}"], output, error);

    [Fact]
    public async Task ItPrintsAGeneratedPasswordOnceAndThatAdminCanSignIn()
    {
        var code = await RunAsync("config", "create-admin", "boss");

        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        var password = PasswordPattern().Match(output.ToString()).Groups[1].Value;
        Assert.Equal(16, password.Length);
        Assert.Single(Regex.Matches(output.ToString(), Regex.Escape(password)));
        // A Production-like start: no demo, the new admin is the only user.
        Assert.Equal(1, database.Count("AspNetUsers"));
        await using var app = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Demo:Seed"] = null });
        using var admin = await StaffSignIn.ClientForAsync(app, "boss", password);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task AnExistingUserIsRefusedWithExitCodeTwoAndNoPassword()
    {
        Assert.Equal(0, await RunAsync("config", "create-admin", "boss"));
        output.GetStringBuilder().Clear();

        var code = await RunAsync("config", "create-admin", "boss");

        Assert.Equal(2, code);
        Assert.Equal("", output.ToString());
        Assert.Contains("There is a staff user 'boss' already", error.ToString());
        Assert.Equal(1, database.Count("AspNetUsers"));
    }

    [Fact]
    public async Task ANameIdentityWouldRefuseExitsWithTwo()
    {
        var code = await RunAsync("config", "create-admin", "no spaces");

        Assert.Equal(2, code);
        Assert.StartsWith("UserName:", error.ToString());
        Assert.Equal(0, database.Count("AspNetUsers"));
    }

    [GeneratedRegex(@"^Created the admin boss\. Password \(shown once\): (\S+)$", RegexOptions.Multiline)]
    private static partial Regex PasswordPattern();

    public void Dispose() => database.Dispose();
}
