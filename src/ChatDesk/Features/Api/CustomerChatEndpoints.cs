using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Queue;
using ChatDesk.Resources;

namespace ChatDesk.Features.Api;

/// <summary>The customer's own chat, opened by its token (<see cref="ChatTokenFilter"/>): the token opens exactly
/// one chat, so no route takes a chat id.</summary>
internal static partial class CustomerChatEndpoints
{
    public static void MapCustomerChat(RouteGroupBuilder api)
    {
        var chat = api.MapGroup("/chat").WithTags("Customer").RequireRateLimiting(ApiRateLimit.CustomerName)
            .AddEndpointFilter<ChatTokenFilter>();
        chat.MapGet("", StateAsync).WithName("GetChat").WithSummary("The chat's status, agent and last message sequence.");
        chat.MapGet("/messages", MessagesAsync).WithName("GetMessages")
            .WithSummary("The messages after a sequence number (0 for all), in order.");
        chat.MapPost("/messages", SendAsync).WithName("SendMessage")
            .WithSummary("Sends a message. The client id makes it idempotent: a resend with the same id is stored once.");
        chat.MapPost("/typing", Typing).WithName("SetTyping").WithSummary("Tells the agent the customer is (no longer) typing.");
        chat.MapPost("/queue", QueueAsync).WithName("JoinQueue").WithSummary("From the FAQ step into the queue.");
        chat.MapPost("/resolved", ResolvedAsync).WithName("ResolvedByFaq")
            .WithSummary("The FAQ answered the question: the chat ends without reaching the queue.");
        chat.MapPost("/end", EndAsync).WithName("EndChat").WithSummary("Leaves the queue, or ends the chat.");
        chat.MapPost("/rating", RateAsync).WithName("RateChat").WithSummary("Rates the ended chat (1–5) with an optional comment.");
        chat.MapPost("/transcript", TranscriptAsync).WithName("RequestTranscript")
            .WithSummary("Mails the chat's log to the chat's own e-mail address (or, for a chat without one, the address given).");
    }

    private static ChatSession Session(HttpContext http) => ChatTokenFilter.SessionOf(http);

    private static async Task<(ChatChannel Channel, ApiText Api, CustomerText Text)> ChannelAsync(
        HttpContext http, ChannelDirectory directory, CancellationToken ct)
    {
        var channel = await directory.FindByIdAsync(Session(http).ChannelId, ct) ?? new ChatChannel();
        var language = ApiProblems.Language(http.Request, channel.Language);
        return (channel, ApiText.For(language), CustomerText.For(language));
    }

    private static async Task<IResult> StateAsync(HttpContext http, ChannelDirectory directory, QueueInsight insight, CancellationToken ct)
    {
        var s = Session(http);
        var (channel, _, _) = await ChannelAsync(http, directory, ct);
        int? position = s.Status == SessionStatus.Queued ? (await insight.ViewAsync(channel, s.Id, ct)).Position : null;
        return TypedResults.Ok(new ChatStateResponse(s.Id, channel.Slug, MessageItem.Camel(s.Status.ToString()), s.AgentDisplayName,
            s.LastSequence, s.EndReason is { } reason ? MessageItem.Camel(reason.ToString()) : null, s.Rating, s.TranscriptSentAt, position));
    }

    private static async Task<IResult> MessagesAsync(HttpContext http, int? after, ConversationService conversations, CancellationToken ct)
    {
        var messages = await conversations.MessagesAfterAsync(Session(http).Id, Math.Max(0, after ?? 0), ct);
        return TypedResults.Ok(messages.Where(MessageItem.CustomerSees).Select(MessageItem.From).ToList());
    }

    private static async Task<IResult> SendAsync(HttpContext http, SendMessageRequest body, ChannelDirectory directory,
        CustomerChatFlow flow, CancellationToken ct)
    {
        var clientId = body.ClientId ?? Guid.Empty;
        var message = body.Text ?? "";
        CustomerSend? sent = clientId == Guid.Empty || message.Length > ChatText.MaxMessageLength ? null : await flow.SendAsync(Session(http), message, clientId, ct);
        if (sent?.Outcome == ComposerOutcome.Accepted) return TypedResults.Ok(new SendMessageResponse(clientId));
        // Only a refusal reads the channel (for its language): a stored message costs the send's statements alone.
        var (_, api, text) = await ChannelAsync(http, directory, ct);
        if (clientId == Guid.Empty) return ApiProblems.Invalid("clientId", api["ClientIdRequired"], api);
        if (sent is not { } refused) return ApiProblems.Invalid("text", text.Format("TooLong", text["Message"], ChatText.MaxMessageLength), api);
        return refused.Outcome switch
        {
            ComposerOutcome.Ended => ApiProblems.Problem(StatusCodes.Status409Conflict, "NotActive", api),
            _ when refused.ProblemKey == "TooFast" => TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                title: text["TooFast"], extensions: new Dictionary<string, object?> { ["code"] = "TooFast" }),
            _ => ApiProblems.Invalid("text", text[refused.ProblemKey ?? "MessageEmpty"], api),
        };
    }

    private static IResult Typing(HttpContext http, TypingRequest body, ConversationService conversations)
    {
        conversations.Typing(Session(http), AuthorKind.Customer, body.Typing);
        return TypedResults.NoContent();
    }
}
