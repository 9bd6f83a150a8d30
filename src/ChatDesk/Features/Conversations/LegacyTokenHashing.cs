using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Conversations;

/// <summary>Finishes the ChatTokenHashes migration at startup: SQLite has no SHA-256, so the migration keeps the raw
/// token of each chat that could still be resumed, marked <see cref="Prefix"/>, and this hashes those once, right
/// after the migrations ran (hosted services start in order, and this one is registered after the database's).
/// Chats that were going on during an upgrade therefore resume on reload as before.</summary>
public sealed class LegacyTokenHashing(IDbContextFactory<ChatDeskDbContext> contexts, ILogger<LegacyTokenHashing> logger)
    : IHostedService
{
    /// <summary>Hex hashes never contain ':', so a marked raw token cannot be mistaken for a hash.</summary>
    public const string Prefix = "legacy:";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var legacy = await db.Sessions.Where(s => s.TokenHash!.StartsWith(Prefix)).ToListAsync(cancellationToken);
        if (legacy.Count == 0) return;
        foreach (var session in legacy) session.TokenHash = ChatToken.Hash(session.TokenHash![Prefix.Length..]);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Stored {Count} chat tokens from before the upgrade as hashes.", legacy.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class ChatTokenServiceCollectionExtensions
{
    /// <summary>Call after AddChatDeskData: the legacy hashing must run after the migrations.</summary>
    public static IServiceCollection AddChatDeskChatTokens(this IServiceCollection services) =>
        services.AddHostedService<LegacyTokenHashing>();
}
