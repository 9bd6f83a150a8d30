using System.Text.Json.Nodes;
using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Privacy;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary><c>privacy export</c> and <c>privacy erase</c> in-process with the app's real composition over a temporary
/// SQLite file. In the app-host collection: it builds a host, which a WebApplicationFactory starting at the same time could catch.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PrivacyCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatdesk-privacy-cli-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string ConnectionString => $"Data Source={Path.Combine(folder, "chat.db")};Pooling=False";
    private string Database => $"--ConnectionStrings:ChatDesk={ConnectionString}";

    private Task<int> RunAsync(params string[] args) => PrivacyCommand.RunAsync(args, output, error);

    [Fact]
    public async Task ExportWritesTheAddressesChatsAndEraseRemovesThemForGood()
    {
        var file = Path.Combine(folder, "karin.json");
        Assert.Equal(0, await RunAsync("privacy", "export", "karin@example.com", file, Database));
        Assert.Contains("Exported 0 chat(s)", output.ToString());
        await AddChatAsync("Karin Lind", "karin@example.com", "My order is late");
        await AddChatAsync("Bo Ek", "bo@example.com", "Hello");

        Assert.Equal(0, await RunAsync("privacy", "export", "KARIN@example.com", file, Database));
        Assert.Equal(0, await RunAsync("privacy", "erase", "karin@example.com", Database));

        Assert.Equal("", error.ToString());
        Assert.Contains($"Exported 1 chat(s) with 1 message(s), 0 ticket(s) and 0 mail(s) to {file}.", output.ToString());
        Assert.Equal("My order is late", (string)JsonNode.Parse(File.ReadAllText(file))!["chats"]![0]!["messages"]![0]!["text"]!);
        Assert.Contains("Erased: 1 chat(s), 0 ticket(s), 0 mail(s) anonymised", output.ToString());
        await using var db = Context();
        Assert.Empty(await DatabaseScan.FindAsync(db, "karin@example.com"));
        Assert.Equal(["", "bo@example.com"], await db.Sessions.OrderBy(s => s.Id).Select(s => s.Customer.Email).ToListAsync());
        Assert.Single(db.AuditEntries, e => e.Area == "privacy" && e.Action == "erased" && e.ActorName == "command line");
    }

    [Theory]
    [InlineData("privacy")]
    [InlineData("privacy", "export", "karin@example.com")]
    [InlineData("privacy", "erase")]
    [InlineData("privacy", "delete", "karin@example.com")]
    [InlineData("privacy", "erase", "karin@example.com", "extra")]
    public async Task WrongArgumentsPrintTheUsageAndExitWith2(params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
        Assert.Contains("privacy erase EMAIL", error.ToString());
    }

    [Fact]
    public async Task SomethingThatIsNotAnAddressIsRefusedWith2()
    {
        Assert.Equal(2, await RunAsync("privacy", "erase", "karin", Database));
        Assert.Contains("'karin' is not an e-mail address.", error.ToString());
    }

    private ChatDeskDbContext Context() =>
        new(new DbContextOptionsBuilder<ChatDeskDbContext>().UseSqlite(ConnectionString).Options);

    private async Task AddChatAsync(string name, string email, string text)
    {
        await using var db = Context();
        var channel = await db.Channels.FirstOrDefaultAsync()
            ?? db.Channels.Add(new ChatChannel { Name = "Support", Slug = "support" }).Entity;
        db.Sessions.Add(new ChatSession(SessionStatus.Ended)
        {
            TokenHash = ChatToken.Hash(ChatToken.New()), Channel = channel, Customer = new CustomerDetails { Name = name, Email = email },
            CreatedAt = DateTimeOffset.UtcNow, EndedAt = DateTimeOffset.UtcNow, LastSequence = 1,
            Messages = [new ChatMessage { Sequence = 1, ClientMessageId = Guid.NewGuid(), Author = AuthorKind.Customer, AuthorName = name, Text = text, SentAt = DateTimeOffset.UtcNow }],
        });
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
