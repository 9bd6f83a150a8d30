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
        var (found, refusal) = await StaffTokenFilter.AuthenticateAsync(tokens, http);
        if (refusal is not null) return refusal;
        if (found.Kind != TokenKind.Bot)
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "BotTokenRequired", ApiProblems.Text(http.Request));
        http.Items[Key] = found.Actor;
        return await next(context);
    }
}
