using ChatDesk.Data;
using ChatDesk.Features.Api;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Api;

/// <summary><c>token create</c> in-process with the app's real composition over a temporary SQLite file (app-host
/// collection: it builds a host).</summary>
[Collection(AppHostCollection.Name)]
public sealed class TokenCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatdesk-token-cli-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string ConnectionString => $"Data Source={Path.Combine(folder, "chat.db")};Pooling=False";
    private string Database => $"--ConnectionStrings:ChatDesk={ConnectionString}";

    private Task<int> RunAsync(params string[] args) => TokenCommand.RunAsync(args, output, error);

    [Fact]
    public async Task CreatePrintsASecretWhoseHashIsStoredForTheUser()
    {
        Assert.Equal(TokenCommand.Refused, await RunAsync("token", "create", "anna", "scripts", Database));
        Assert.Contains("There is no staff user 'anna'", error.ToString());
        await AddUserAsync("anna");

        Assert.Equal(TokenCommand.Ok, await RunAsync("token", "create", "anna", "load benchmark", "--bot", Database));

        var secret = output.ToString().Trim().Split('\n').Last().Trim();
        Assert.StartsWith(PersonalAccessTokens.SecretPrefix, secret);
        await using var db = Context();
        var stored = Assert.Single(db.Set<PersonalAccessToken>());
        Assert.Equal(ChatToken.Hash(secret), stored.TokenHash);
        Assert.Equal(TokenKind.Bot, stored.Kind);
        Assert.Equal("load benchmark", stored.Name);
        Assert.DoesNotContain(secret, await db.AuditEntries.Select(e => e.Details).ToListAsync());
    }

    [Theory]
    [InlineData("token")]
    [InlineData("token", "create", "anna")]
    [InlineData("token", "delete", "anna", "x")]
    [InlineData("token", "create", "anna", "x", "extra")]
    public async Task WrongArgumentsPrintTheUsageAndExitWith2(params string[] args)
    {
        Assert.Equal(TokenCommand.UsageError, await RunAsync(args));
        Assert.Contains("token create USER NAME", error.ToString());
    }

    private async Task AddUserAsync(string userName)
    {
        await using var db = Context();
        db.Users.Add(new StaffUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = "Anna" });
        await db.SaveChangesAsync();
    }

    private ChatDeskDbContext Context() =>
        new(new DbContextOptionsBuilder<ChatDeskDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
    }
}
