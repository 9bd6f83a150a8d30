namespace ChatDesk.Features.Conversations;

// The bot's transitions and messages, through the same version-guarded change as every other transition.
public sealed partial class ConversationService
{
    /// <summary>The event line the agent sees where the bot handed over.</summary>
    public const string HandedOverByBot = "Handed over by the bot";

    /// <summary>The event line the agent sees where the customer asked for a person.</summary>
    public const string CustomerAskedForPerson = "Customer asked for a person; handed over by the bot";

    /// <summary>Bot → queue, keeping every message; false when the chat is no longer with the bot (someone else won).</summary>
    public async Task<bool> HandOffAsync(long sessionId, string eventLine, CancellationToken ct)
    {
        var moved = await ChangeAsync(sessionId, (s, now) => s.HandOff(now), ct);
        if (moved) await SendAsync(sessionId, AuthorKind.System, "", Guid.NewGuid(), eventLine, ct, MessageKind.Event);
        return moved;
    }

    /// <summary>Bot → ended (resolved by the bot); false when the chat is no longer with the bot.</summary>
    public Task<bool> ResolveByBotAsync(long sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (s, now) => s.ResolveByBot(now), ct);

    /// <summary>The bot's reply under its display name, only while the chat is with the bot (checked in the statement
    /// that takes the sequence number, so a reply cannot land in a chat an agent has taken meanwhile).</summary>
    public Task<SendResult> SendAsBotAsync(long sessionId, string botName, Guid clientMessageId, string text, CancellationToken ct) =>
        StoreAsync(new(sessionId, AuthorKind.Agent, botName, null, clientMessageId, MessageKind.Text, OnlyWithBot: true), text, ct);
}
