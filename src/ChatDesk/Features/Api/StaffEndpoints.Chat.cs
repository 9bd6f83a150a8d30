using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Api;

// Inside one chat: only the agent who owns it (AgentDesk.OwnChatAsync), whatever route asked.
internal static partial class StaffEndpoints
{
    private static async Task<IResult> MessagesAsync(HttpContext http, long chatId, int? after, AgentDesk desk,
        ConversationService conversations, CancellationToken ct)
    {
        if (await desk.OwnChatAsync(Actor(http).UserId, chatId, ct) is null) return Refused(http, StatusCodes.Status404NotFound, "NotYourChat");
        var messages = await conversations.MessagesAfterAsync(chatId, Math.Max(0, after ?? 0), ct);
        return TypedResults.Ok(messages.Select(MessageItem.From).ToList());
    }

    private static async Task<IResult> SendAsync(HttpContext http, long chatId, SendMessageRequest body, AgentDesk desk, CancellationToken ct)
    {
        var text = ApiProblems.Text(http.Request);
        if (body.ClientId is not { } clientId || clientId == Guid.Empty) return ApiProblems.Invalid("clientId", text["ClientIdRequired"], text);
        if (ChatText.IsBlank(body.Text ?? "")) return ApiProblems.Invalid("text", text["InvalidInput"], text);
        if ((body.Text ?? "").Length > ChatText.MaxMessageLength) return ApiProblems.Invalid("text", text["InvalidInput"], text);
        return await desk.SendAsync(Actor(http).UserId, chatId, clientId, body.Text!, ct) switch
        {
            SendResult.Sent or SendResult.Duplicate => TypedResults.Ok(new SendMessageResponse(clientId)),
            SendResult.NotFound => Refused(http, StatusCodes.Status404NotFound, "NotYourChat"),
            SendResult.NotActive => Refused(http, StatusCodes.Status409Conflict, "NotActive"),
            _ => ApiProblems.Invalid("text", text["InvalidInput"], text),
        };
    }

    private static async Task<IResult> EndAsync(HttpContext http, long chatId, AgentDesk desk, CancellationToken ct)
    {
        if (await desk.OwnChatAsync(Actor(http).UserId, chatId, ct) is null) return Refused(http, StatusCodes.Status404NotFound, "NotYourChat");
        return await desk.EndAsync(Actor(http).UserId, chatId, ct)
            ? TypedResults.NoContent() : Refused(http, StatusCodes.Status409Conflict, "NotNow");
    }

    private static async Task<IResult> TargetsAsync(HttpContext http, long chatId, AgentDesk desk, CancellationToken ct)
    {
        if (await desk.OwnChatAsync(Actor(http).UserId, chatId, ct) is null) return Refused(http, StatusCodes.Status404NotFound, "NotYourChat");
        return TypedResults.Ok((await desk.TransferTargetsAsync(Actor(http).UserId, chatId, ct)).Select(t => new AgentItem(t.Id, t.Name)).ToList());
    }

    private static async Task<IResult> TransferAsync(HttpContext http, long chatId, TransferRequest body, AgentDesk desk, CancellationToken ct)
    {
        var text = ApiProblems.Text(http.Request);
        if (string.IsNullOrWhiteSpace(body.ToUserId)) return ApiProblems.Invalid("toUserId", text["InvalidInput"], text);
        if (await desk.OwnChatAsync(Actor(http).UserId, chatId, ct) is null) return Refused(http, StatusCodes.Status404NotFound, "NotYourChat");
        return await desk.OfferTransferAsync(Actor(http).UserId, chatId, body.ToUserId, ct)
            ? TypedResults.Accepted($"/api/v1/staff/chats/{chatId}") : Refused(http, StatusCodes.Status409Conflict, "TransferRefused");
    }
}
