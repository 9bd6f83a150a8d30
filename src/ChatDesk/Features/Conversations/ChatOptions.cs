using FluentValidation;

namespace ChatDesk.Features.Conversations;

public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>How long a chat survives without any customer window renewing its lease before it ends as
    /// "connection lost" (a phone in a tunnel, a laptop lid closed, a node that died).</summary>
    public int DropGraceSeconds { get; set; } = 300;

    /// <summary>How long after the customer closed the window the chat ends as "customer left"; a reload comes back sooner.</summary>
    public int LeftGraceSeconds { get; set; } = 20;

    /// <summary>How long after a chat ended its page stays readable (log, rating, transcript) to the browser that
    /// holds its token; after that the token opens nothing and the page starts a new chat.</summary>
    public int EndedAccessMinutes { get; set; } = 30;

    /// <summary>How long after a chat ended "Return to chat" is offered and accepted.</summary>
    public int ReturnMinutes { get; set; } = 5;

    /// <summary>How long the widget endpoint keeps a channel between polls (an admin's save clears it at once on
    /// this node); 0 reads it on every poll.</summary>
    public int WidgetCacheSeconds { get; set; } = 10;

    /// <summary>How long a customer page may sit at an untouched pre-chat form before its circuit pauses (the
    /// server then holds nothing for it; the first pointer, key or touch resumes it); 0 never pauses. A minute: most
    /// customers fill the form well within it, and a page left open in a tab costs the server next to nothing
    /// (load benchmark: 34–37 KB instead of 191–230 KB of managed heap per idle page).</summary>
    public int IdlePauseSeconds { get; set; } = 60;

    public TimeSpan EndedAccess => TimeSpan.FromMinutes(EndedAccessMinutes);
    public TimeSpan ReturnWindow => TimeSpan.FromMinutes(ReturnMinutes);
}

public sealed class ChatOptionsValidator : AbstractValidator<ChatOptions>
{
    public ChatOptionsValidator()
    {
        // The lease is renewed every few seconds: a shorter grace would end chats whose window is still there.
        RuleFor(o => o.DropGraceSeconds).InclusiveBetween(30, 86400);
        RuleFor(o => o.LeftGraceSeconds).InclusiveBetween(0, 3600);
        RuleFor(o => o.WidgetCacheSeconds).InclusiveBetween(0, 300);
        RuleFor(o => o.IdlePauseSeconds).InclusiveBetween(0, 86400);
        // At least a minute to read the end form and rate; at most a week, so an ended chat does not stay open to
        // whoever gets the browser later. Returning makes sense only while the page itself is still open.
        RuleFor(o => o.EndedAccessMinutes).InclusiveBetween(1, 10080);
        RuleFor(o => o.ReturnMinutes).InclusiveBetween(0, 1440)
            .LessThanOrEqualTo(o => o.EndedAccessMinutes).WithMessage("'Return Minutes' must not exceed 'Ended Access Minutes'.");
    }
}
