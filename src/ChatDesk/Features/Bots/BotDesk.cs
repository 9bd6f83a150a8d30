using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Bots;

/// <summary>A chat waiting on the bot, as the bot's list shows it.</summary>
public sealed record BotChat(long ChatId, int ChannelId, string Channel, string CustomerName, int LastSequence, DateTimeOffset CreatedAt);

/// <summary>What a bot user may see and do: chats in the channels where it may respond (its channel memberships,
/// as for an agent). The moves themselves are the conversation service's (<see cref="ConversationService.HandOffAsync"/>).</summary>
public sealed class BotDesk(IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations)
{
    /// <summary>The chats with the bot now in the bot's channels, oldest first.</summary>
    public async Task<IReadOnlyList<BotChat>> WaitingAsync(string botUserId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channels = db.ChannelMembers.Where(m => m.UserId == botUserId && m.CanRespond).Select(m => m.ChannelId);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Bot && channels.Contains(s.ChannelId))
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.ChannelId, Channel = s.Channel!.Name, s.Customer.Name, s.LastSequence, s.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new BotChat(r.Id, r.ChannelId, r.Channel, r.Name, r.LastSequence, r.CreatedAt)).ToList();
    }

    /// <summary>The chat when it is in one of the bot user's channels (whatever its state), else null: a chat
    /// elsewhere is as unknown to the bot as a chat that does not exist.</summary>
    public async Task<ChatSession?> ChatAsync(string botUserId, long chatId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == chatId
            && db.ChannelMembers.Any(m => m.UserId == botUserId && m.CanRespond && m.ChannelId == s.ChannelId), ct);
    }

    /// <summary>The name the customer sees on the bot's messages.</summary>
    public async Task<string> NameAsync(string botUserId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == botUserId).Select(u => u.Nickname ?? u.DisplayName).FirstOrDefaultAsync(ct) ?? "Bot";
    }

    /// <summary>Every staff user by name, for the admin who picks the bot's account on the tokens page.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> StaffUsersAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Users.AsNoTracking().Where(u => !u.Disabled).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
        return rows.Select(r => (r.Id, $"{r.DisplayName} ({r.UserName})")).ToList();
    }

    public async Task<SendResult> SendAsync(string botUserId, long chatId, Guid clientId, string text, CancellationToken ct)
    {
        if (await ChatAsync(botUserId, chatId, ct) is null) return SendResult.NotFound;
        return await conversations.SendAsBotAsync(chatId, await NameAsync(botUserId, ct), clientId, text, ct);
    }

    public async Task<BotMove> HandOffAsync(string botUserId, long chatId, CancellationToken ct)
    {
        if (await ChatAsync(botUserId, chatId, ct) is null) return BotMove.NotFound;
        return await conversations.HandOffAsync(chatId, ConversationService.HandedOverByBot, ct) ? BotMove.Done : BotMove.NotWithBot;
    }

    public async Task<BotMove> ResolveAsync(string botUserId, long chatId, CancellationToken ct)
    {
        if (await ChatAsync(botUserId, chatId, ct) is null) return BotMove.NotFound;
        return await conversations.ResolveByBotAsync(chatId, ct) ? BotMove.Done : BotMove.NotWithBot;
    }
}

public enum BotMove { Done, NotFound, NotWithBot }
