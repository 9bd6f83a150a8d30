using ChatDesk.Features.Api;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;

namespace ChatDesk.Features.Bots;

/// <summary>A chat's first answers come from a bot (an API client with a bot token, told of new chats and messages by
/// the webhooks chat.started and message.created): it lists the chats with it, reads and writes in them, and hands
/// off to the queue or resolves. The customer's own hand-off ("Talk to a person") is the same service call.</summary>
internal static class BotEndpoints
{
    public sealed record BotChatItem(long ChatId, string Channel, string CustomerName, int LastSequence, DateTimeOffset CreatedAt);

    public static void Map(RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff: bot").RequireRateLimiting(ApiRateLimit.StaffName)
            .AddEndpointFilter<BotTokenFilter>();
        staff.MapGet("/bot/chats", ChatsAsync).WithName("BotChats").WithSummary("The chats with the bot now, in the bot's channels.");
        staff.MapGet("/bot/chats/{chatId:long}/messages", MessagesAsync).WithName("BotMessages")
            .WithSummary("The messages of a chat in the bot's channels after a sequence number (0 for all).");
        staff.MapPost("/bot/chats/{chatId:long}/messages", SendAsync).WithName("BotSendMessage")
            .WithSummary("Answers the customer under the bot's name while the chat is with the bot; idempotent per client id.");
        staff.MapPost("/chats/{chatId:long}/handoff", HandOffAsync).WithName("HandOffChat")
            .WithSummary("From the bot to the queue, with the whole conversation for the agent.");
        staff.MapPost("/chats/{chatId:long}/resolve", ResolveAsync).WithName("ResolveChat")
            .WithSummary("The bot answered the question: the chat ends.");
        api.MapGroup("/chat").WithTags("Customer").RequireRateLimiting(ApiRateLimit.CustomerName).AddEndpointFilter<ChatTokenFilter>()
            .MapPost("/handoff", CustomerHandOffAsync).WithName("TalkToPerson")
            .WithSummary("\"Talk to a person\": from the bot to the queue at once.");
    }

    private static string Bot(HttpContext http) => BotTokenFilter.BotOf(http).UserId;

    private static IResult Refused(HttpContext http, int status, string key) => ApiProblems.Problem(status, key, ApiProblems.Text(http.Request));

    private static async Task<IResult> ChatsAsync(HttpContext http, BotDesk desk, CancellationToken ct) =>
        TypedResults.Ok((await desk.WaitingAsync(Bot(http), ct))
            .Select(c => new BotChatItem(c.ChatId, c.Channel, c.CustomerName, c.LastSequence, c.CreatedAt)).ToList());

    private static async Task<IResult> MessagesAsync(HttpContext http, long chatId, int? after, BotDesk desk,
        ConversationService conversations, CancellationToken ct)
    {
        if (await desk.ChatAsync(Bot(http), chatId, ct) is null) return Refused(http, StatusCodes.Status404NotFound, "NotYourChat");
        var messages = await conversations.MessagesAfterAsync(chatId, Math.Max(0, after ?? 0), ct);
        return TypedResults.Ok(messages.Select(MessageItem.From).ToList());
    }

    private static async Task<IResult> SendAsync(HttpContext http, long chatId, SendMessageRequest body, BotDesk desk, CancellationToken ct)
    {
        var text = ApiProblems.Text(http.Request);
        if (body.ClientId is not { } clientId || clientId == Guid.Empty) return ApiProblems.Invalid("clientId", text["ClientIdRequired"], text);
        if (ChatText.IsBlank(body.Text ?? "") || (body.Text ?? "").Length > ChatText.MaxMessageLength)
            return ApiProblems.Invalid("text", text["InvalidInput"], text);
        return await desk.SendAsync(Bot(http), chatId, clientId, body.Text!, ct) switch
        {
            SendResult.Sent or SendResult.Duplicate => TypedResults.Ok(new SendMessageResponse(clientId)),
            SendResult.NotFound => Refused(http, StatusCodes.Status404NotFound, "NotYourChat"),
            SendResult.NotActive => Refused(http, StatusCodes.Status409Conflict, "NotWithBot"),
            _ => ApiProblems.Invalid("text", text["InvalidInput"], text),
        };
    }

    private static IResult Moved(HttpContext http, BotMove move) => move switch
    {
        BotMove.Done => TypedResults.NoContent(),
        BotMove.NotFound => Refused(http, StatusCodes.Status404NotFound, "NotYourChat"),
        _ => Refused(http, StatusCodes.Status409Conflict, "NotWithBot"),
    };

    private static async Task<IResult> HandOffAsync(HttpContext http, long chatId, BotDesk desk, CancellationToken ct) =>
        Moved(http, await desk.HandOffAsync(Bot(http), chatId, ct));

    private static async Task<IResult> ResolveAsync(HttpContext http, long chatId, BotDesk desk, CancellationToken ct) =>
        Moved(http, await desk.ResolveAsync(Bot(http), chatId, ct));

    private static async Task<IResult> CustomerHandOffAsync(HttpContext http, CustomerChatFlow flow, CancellationToken ct) =>
        await flow.HandOffAsync(ChatTokenFilter.SessionOf(http), ct)
            ? TypedResults.NoContent() : Refused(http, StatusCodes.Status409Conflict, "NotWithBot");
}
