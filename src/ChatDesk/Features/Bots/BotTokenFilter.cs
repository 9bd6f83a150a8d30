using ChatDesk.Features.Api;
using ChatDesk.Features.Identity;

namespace ChatDesk.Features.Bots;

/// <summary>The bot routes take a bot token only (<see cref="TokenKind.Bot"/>): a person's own token is refused (403)
/// even within its channels, so a script cannot end or hand off chats in the bot's place. Like every staff token it
/// is read on each request, so a revoked one fails at once.</summary>
internal sealed class BotTokenFilter(PersonalAccessTokens tokens) : IEndpointFilter
{
    private static readonly object Key = new();

    public static StaffActor BotOf(HttpContext http) => (StaffActor)http.Items[Key]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var text = ApiProblems.Text(http.Request);
        if (await tokens.AuthenticateAsync(ApiProblems.BearerOr(http.Request, "X-Api-Token"), http.RequestAborted) is not { } found)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "StaffTokenInvalid", text);
        }
        if (found.Kind != TokenKind.Bot) return ApiProblems.Problem(StatusCodes.Status403Forbidden, "BotTokenRequired", text);
        http.Items[Key] = found.Actor;
        return await next(context);
    }
}
