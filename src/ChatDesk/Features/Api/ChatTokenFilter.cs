using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Api;

/// <summary>Opens the chat the request's chat token belongs to (as the customer page does with the token its browser
/// keeps) or answers 401. The chat is read on every request, so an expired token is refused at once.</summary>
internal sealed class ChatTokenFilter(ConversationService conversations) : IEndpointFilter
{
    public const string Header = "X-Chat-Token";
    private static readonly object Key = new();

    public static string? TokenOf(HttpRequest request) => ApiProblems.BearerOr(request, Header);

    public static ChatSession SessionOf(HttpContext http) => (ChatSession)http.Items[Key]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = TokenOf(http.Request);
        var session = await conversations.FindByTokenAsync(token, http.RequestAborted);
        if (session is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, token is null ? "TokenMissing" : "ChatNotFound",
                ApiProblems.Text(http.Request));
        }
        http.Items[Key] = session;
        return await next(context);
    }
}
