using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Support;

/// <summary>Builds an <see cref="OutboxSender"/> with the real transcript follow-up over the test database.</summary>
public static class TestOutboxSender
{
    public static OutboxSender Create(IDbContextFactory<ChatDeskDbContext> database, IEmailSender smtp, OutboxSignal signal,
        TimeProvider time, IChatEvents? events = null, int maxAttempts = 10)
    {
        events ??= new RecordingChatEvents();
        var transcripts = new TranscriptOutcomes(database, new ConversationService(database, events, time), events);
        return new OutboxSender(database, smtp, signal, time, Options.Create(new SmtpOptions { MaxAttempts = maxAttempts }),
            transcripts, NullLogger<OutboxSender>.Instance);
    }
}
