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
}

public sealed class ChatOptionsValidator : AbstractValidator<ChatOptions>
{
    public ChatOptionsValidator()
    {
        // The lease is renewed every few seconds: a shorter grace would end chats whose window is still there.
        RuleFor(o => o.DropGraceSeconds).InclusiveBetween(30, 86400);
        RuleFor(o => o.LeftGraceSeconds).InclusiveBetween(0, 3600);
    }
}
