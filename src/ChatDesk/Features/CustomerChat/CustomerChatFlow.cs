using ChatDesk.Features.Abuse;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Faq;
using ChatDesk.Resources;

namespace ChatDesk.Features.CustomerChat;

public sealed record CustomerStart(ChatSession Session, IReadOnlyList<FaqSuggestion> Suggestions);

/// <param name="ProblemKey">A CustomerText key saying why the text was refused, if the customer should know.</param>
public readonly record struct CustomerSend(ComposerOutcome Outcome, string? ProblemKey = null);

/// <summary>Per circuit (one customer window): what the customer may do next and how it is done. The chat page
/// forwards intent here and shows the result (DESIGN.md rule 12).</summary>
public sealed class CustomerChatFlow(
    ConversationService conversations, FaqSearchIndex faq, AgentPresence presence, ChatSendThrottle throttle,
    TimeProvider? time = null) : IDisposable
{
    private (long SessionId, TypingDebounce Debounce)? typing;

    /// <summary>The customer's typing, debounced per chat (<see cref="TypingDebounce"/>).</summary>
    public void Typing(ChatSession? session, bool isTyping)
    {
        if (session is null) return;
        if (typing?.SessionId != session.Id)
        {
            typing?.Debounce.Dispose();
            var chat = session;
            typing = (chat.Id, new TypingDebounce(time ?? TimeProvider.System, on => conversations.Typing(chat, AuthorKind.Customer, on)));
        }
        typing.Value.Debounce.Set(isTyping);
    }

    public void Dispose() => typing?.Debounce.Dispose();

    /// <summary>FAQ before the queue: up to three matching articles, when the channel offers them.</summary>
    public Task<IReadOnlyList<FaqSuggestion>> SuggestAsync(ChatChannel channel, string question, CancellationToken ct) =>
        faq.SuggestForChannelAsync(channel, question, ct);

    /// <summary>Starts the chat from the pre-chat form; with matching articles it waits in the FAQ step first.</summary>
    public async Task<CustomerStart> StartAsync(ChatChannel channel, PreChatInput input, string email, string? timeZoneId,
        string sourceUrl, CancellationToken ct)
    {
        // A channel with a bot first skips the FAQ step: the bot answers (from the FAQ, if it likes).
        IReadOnlyList<FaqSuggestion> suggestions = channel.BotFirst ? [] : await SuggestAsync(channel, input.Question, ct);
        var customer = input.ToCustomer(email, timeZoneId);
        // Without a pre-chat form (or a name) the agent still needs something to call the customer.
        if (customer.Name.Length == 0) customer.Name = CustomerText.For(channel.Language)["Visitor"];
        var session = await conversations.StartAsync(channel.Id, customer, input.Question, sourceUrl, ct,
            suggestions.Select(s => s.ArticleId).ToList(), channel.BotFirst);
        return new CustomerStart(session, suggestions);
    }

    /// <summary>"Talk to a person": from the bot to the queue at once (the same call as the API's hand-off).</summary>
    public Task<bool> HandOffAsync(ChatSession session, CancellationToken ct) =>
        conversations.HandOffAsync(session.Id, ConversationService.CustomerAskedForPerson, ct);

    /// <summary>The chat a stored token brings back, or null when it may not (see <see cref="ResumeRules"/>).</summary>
    public async Task<ChatSession?> ResumeAsync(string? token, int channelId, CancellationToken ct)
    {
        var found = await conversations.FindByTokenAsync(token, ct);
        return ResumeRules.CanResume(found, channelId) ? found : null;
    }

    /// <summary>One text from the composer. The throttle counts new messages only: a resend of a stored message
    /// gives its turn back, and one the throttle stops is first checked against what is stored, so retries after
    /// a reconnect never look like a flood. A new message costs the two statements of the send, nothing more.</summary>
    public async Task<CustomerSend> SendAsync(ChatSession? session, string text, Guid clientId, CancellationToken ct)
    {
        if (session is null) return new(ComposerOutcome.Ended);
        // Only spaces or invisible characters (zero-width, bidi controls) would be stored as nothing.
        if (ChatText.IsBlank(text)) return new(ComposerOutcome.Refused, "MessageEmpty");
        if (!throttle.TryTake(session.Id))
            return await conversations.WasSentAsync(session.Id, clientId, ct) ? new(ComposerOutcome.Accepted) : new(ComposerOutcome.Refused, "TooFast");
        var result = await conversations.SendAsync(session.Id, AuthorKind.Customer, session.Customer.Name, clientId, text, ct);
        if (result != SendResult.Sent) throttle.GiveBack(session.Id);
        return new(ComposerOutcomes.From(result), result == SendResult.Empty ? "MessageEmpty" : null);
    }

    /// <summary>Back from the end form: to the same agent while they have a workspace open, else to the queue;
    /// refused past Chat:ReturnMinutes after the end.</summary>
    public Task<ReturnOutcome> ReturnAsync(ChatSession session, CancellationToken ct) =>
        conversations.ReturnAsync(session.Id, session.AgentId is { } agent && presence.IsOnline(agent), ct);

    /// <summary>The page the customer came from: the widget's source when it is a web address, else this page.</summary>
    public static string SourceUrl(string? source, string thisPage) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : thisPage;
}
