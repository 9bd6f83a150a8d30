namespace ChatDesk.Features.CustomerChat;

// While the chat is with the bot the customer can ask for a person at any time.
public sealed partial class ChatPage
{
    /// <summary>Hands off at once; the page shows the queue when the change's event arrives (a lost race to the bot's
    /// own hand-off or end shows whatever won the same way).</summary>
    private async Task TalkToPersonAsync()
    {
        if (session is not null) await Flow.HandOffAsync(session, Closing);
    }
}
