namespace ChatDesk.Features.Email;

/// <summary>An e-mail waiting to be sent; kept until delivered so an SMTP outage loses nothing.</summary>
public sealed class OutboxMail
{
    public long Id { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set when the mail was refused for good (a 5xx answer, or Smtp:MaxAttempts used up); never retried.</summary>
    public DateTimeOffset? FailedAt { get; set; }
    /// <summary>A sender's lease: while it lies in the future, no other sender touches the row.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? ClaimedBy { get; set; }
    /// <summary>Makes a mail unique (one transcript per chat and address): a second enqueue returns the first.</summary>
    public string? DedupKey { get; set; }
    /// <summary>The chat whose transcript this is: its TranscriptSentAt is set when the mail is delivered.</summary>
    public long? TranscriptOf { get; set; }
}
