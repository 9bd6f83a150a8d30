using ChatDesk.Data;
using ChatDesk.Features.Attachments;
using ChatDesk.Features.EmailValidation;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Email;

/// <summary>Mails a customer the log of their chat, in the channel's language and the customer's time zone;
/// only to the e-mail address the customer gave for the chat, and at most once per chat.</summary>
public sealed class TranscriptMailer(
    IDbContextFactory<ChatDeskDbContext> contexts, TemplateRenderer renderer, MailOutbox outbox, AttachmentLinks? links = null)
{
    /// <summary>Queues the transcript and returns the outbox id; a second request for the same chat returns the
    /// first one's id. When the mail is delivered the sender sets Session.TranscriptSentAt.</summary>
    /// <param name="toAddress">Must be the chat's own address (<see cref="ChatAddress"/>): the page only ever asks
    /// for that one, and anything else (a page changed by hand) is refused here, so the chat log of one person never
    /// goes to another and the form is no relay.</param>
    /// <exception cref="ArgumentException">The address is not one mail can be sent to, or not the chat's.</exception>
    /// <exception cref="InvalidOperationException">There is no such session.</exception>
    public async Task<long> QueueTranscriptAsync(long sessionId, string toAddress, CancellationToken cancellationToken)
    {
        var to = Normalize(toAddress);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chatAddress = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Customer.Email)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Chat session {sessionId} does not exist.");
        if (ChatAddress(chatAddress) != to)
            throw new ArgumentException($"Chat {sessionId}'s transcript goes only to the chat's own e-mail address.", nameof(toAddress));
        var key = DedupKey(sessionId, to);
        // Looked up before rendering to spare the work; EnqueueOnceAsync checks again, race-safe.
        if (await outbox.FindByKeyAsync(key, cancellationToken) is { } queued) return queued.Id;

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
            Messages: ChatLog.Lines(session, zone, await AttachmentLinksAsync(db, sessionId, cancellationToken))));
        return await outbox.EnqueueOnceAsync(mail.To(to), key, sessionId, cancellationToken);
    }

    // Each file as a link valid for Attachments:LinkDays (the mail outlives the chat's token).
    private async Task<IReadOnlyDictionary<long, string>?> AttachmentLinksAsync(ChatDeskDbContext db, long sessionId, CancellationToken ct) =>
        links is null ? null : (await db.Set<ChatAttachment>().AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync(ct))
            .ToDictionary(a => a.MessageId, links.MailUrl);

    /// <summary>The transcript mail already queued for this chat and address, sent or not; null when none is.</summary>
    public async Task<OutboxMail?> FindAsync(long sessionId, string toAddress, CancellationToken cancellationToken)
    {
        var address = EmailSyntax.Check(toAddress);
        return address.IsValid
            ? await outbox.FindByKeyAsync(DedupKey(sessionId, address.Normalized!), cancellationToken)
            : null;
    }

    /// <summary>The address a chat's transcript goes to: the one stored on the chat, normalised; null when the
    /// chat has none a mail can be sent to (the end form then asks for one, see <see cref="TranscriptAddress"/>).</summary>
    public static string? ChatAddress(string? storedEmail) =>
        EmailSyntax.Check(storedEmail) is { IsValid: true } address ? address.Normalized : null;

    private static string DedupKey(long sessionId, string normalizedAddress) => $"transcript:{sessionId}:{normalizedAddress}";

    private static string Normalize(string toAddress)
    {
        var address = EmailSyntax.Check(toAddress);
        return address.IsValid
            ? address.Normalized!
            : throw new ArgumentException($"'{toAddress}' is not a valid e-mail address ({address.Error}).", nameof(toAddress));
    }
}
