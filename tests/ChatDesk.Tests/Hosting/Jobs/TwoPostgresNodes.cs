using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChatDesk.Tests.Hosting.Jobs;

/// <summary>The whole app twice (two nodes, each with all its background services running) over one PostgreSQL
/// database of the test cluster, on both test runs. Mail goes to one pickup folder both nodes write to, so a file
/// there is a delivery. No Redis: every guarantee tested with this rests on the database alone.</summary>
public sealed class TwoPostgresNodes : IAsyncDisposable
{
    private TwoPostgresNodes()
    {
        var settings = new Dictionary<string, string?> { ["Smtp:PickupDirectory"] = MailFolder };
        A = new ChatDeskFactory(Database, settings);
        B = new ChatDeskFactory(Database, settings);
    }

    public SharedMemoryDatabase Database { get; } = new(DatabaseProvider.Postgres);
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("chatdesk-two-nodes-mail-").FullName;
    public ChatDeskFactory A { get; }
    public ChatDeskFactory B { get; }

    public static TwoPostgresNodes Start()
    {
        var nodes = new TwoPostgresNodes();
        _ = nodes.A.Services;
        _ = nodes.B.Services;
        return nodes;
    }

    public static T Get<T>(ChatDeskFactory node) where T : notnull => node.Services.GetRequiredService<T>();

    public async Task<string> StaffIdAsync(string userName)
    {
        using var scope = A.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName);
        return user!.Id;
    }

    public async Task<int> ChannelIdAsync(string slug = "support") =>
        (await Get<ChannelDirectory>(A).FindAsync(slug, CancellationToken.None))!.Id;

    /// <summary>A new queued chat, started on <paramref name="node"/>.</summary>
    public async Task<long> QueuedChatAsync(ChatDeskFactory node, int channelId, string name = "Kim") =>
        (await Get<ConversationService>(node).StartAsync(channelId,
            new CustomerDetails { Name = name, Email = "kim@example.com" }, "Hello?", null, CancellationToken.None)).Id;

    /// <summary>Locks these chats' rows (FOR UPDATE) in a transaction of its own until <see cref="RaceAsync"/> lets
    /// go: the racing statements then all start, and take their snapshot, before any of them can commit, the
    /// worst case READ COMMITTED has to get right, every round.</summary>
    public async Task<T[]> RaceAsync<T>(IReadOnlyList<long> chats, int waiters, params Func<Task<T>>[] racers)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        var hold = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("SELECT 1 FROM \"Sessions\" WHERE \"Id\" = ANY(@ids) FOR UPDATE", connection, hold))
        {
            command.Parameters.AddWithValue("ids", chats.ToArray());
            await command.ExecuteNonQueryAsync();
        }
        var running = racers.Select(racer => Task.Run(racer)).ToArray();
        await EventuallyAsync(() => Task.FromResult(Database.Scalar(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") >= waiters),
            $"{waiters} statements waiting");
        await hold.CommitAsync();
        return await Task.WhenAll(running);
    }

    /// <summary>Waits for something the nodes' background services do by themselves (polls the database).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not within 60 s: {what}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        Database.Dispose();
        Directory.Delete(MailFolder, recursive: true);
    }
}
