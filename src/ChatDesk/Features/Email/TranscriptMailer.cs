using ChatDesk.Data;
using ChatDesk.Features.EmailValidation;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <summary>Mails a customer the log of their chat, in the channel's language and the customer's time zone.</summary>
public sealed class TranscriptMailer(
    IDbContextFactory<ChatDeskDbContext> contexts, TemplateRenderer renderer, MailOutbox outbox)
{
    /// <summary>Queues the transcript and returns the outbox id; <see cref="MailOutbox.FindAsync"/> tells when it left.
    /// Session.TranscriptSentAt is not touched here.</summary>
    /// <exception cref="ArgumentException">The address is not one mail can be sent to.</exception>
    /// <exception cref="InvalidOperationException">There is no such session.</exception>
    public async Task<long> QueueTranscriptAsync(long sessionId, string toAddress, CancellationToken cancellationToken)
    {
        var address = EmailSyntax.Check(toAddress);
        if (!address.IsValid) throw new ArgumentException($"'{toAddress}' is not a valid e-mail address ({address.Error}).", nameof(toAddress));

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .Include(s => s.Channel)
            .Include(s => s.Messages.OrderBy(m => m.Sequence))
            .FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            ?? throw new InvalidOperationException($"Chat session {sessionId} does not exist.");
        var channel = session.Channel!;
        var template = await SystemTemplates.FindAsync(db, SystemTemplate.ChatTranscript, channel.Language, cancellationToken);

        var zone = ChatLog.ResolveZone(session.Customer.TimeZoneId, channel.Hours.TimeZoneId);
        var started = session.AcceptedAt ?? session.RequestedAt ?? session.CreatedAt;
        var mail = renderer.Render(template, new TemplateValues(
            CustomerName: session.Customer.Name,
            AgentName: session.AgentDisplayName ?? channel.Name,
            ChannelName: channel.Name,
            Date: TimeZoneInfo.ConvertTime(started, zone),
            Messages: ChatLog.Lines(session, zone)));
        return await outbox.EnqueueAsync(mail.To(address.Normalized!), cancellationToken);
    }
}
