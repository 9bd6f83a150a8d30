using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <summary>What the outbox sender does after recording the outcome of a transcript mail: the chat learns of it
/// through the database and the event bus, whether or not the customer's page is still open.</summary>
public sealed class TranscriptOutcomes(
    IDbContextFactory<ChatDeskDbContext> contexts, ConversationService conversations, IChatEvents events)
{
    public async Task DeliveredAsync(long sessionId, long outboxId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        // Set once per chat (a conditional update); raises SessionChanged so an open page shows "sent".
        await conversations.TranscriptSentAsync(sessionId, sentAt, cancellationToken);
        await PublishAsync(sessionId, outboxId, cancellationToken);
    }

    public Task NotDeliveredAsync(long sessionId, long outboxId, CancellationToken cancellationToken) =>
        PublishAsync(sessionId, outboxId, cancellationToken);

    private async Task PublishAsync(long sessionId, long outboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channelId = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => (int?)s.ChannelId).FirstOrDefaultAsync(cancellationToken);
        if (channelId is { } channel) events.Publish(new TranscriptMailChanged(sessionId, channel, outboxId));
    }
}
