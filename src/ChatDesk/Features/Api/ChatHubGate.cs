using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;

namespace ChatDesk.Features.Api;

/// <summary>Refuses a hub request (negotiate or connect) without a live chat token or a valid staff token with 401
/// before SignalR sees it. Staff tokens need the agent role (the hub serves the user's own chats).</summary>
internal static class ChatHubGate
{
    private static readonly object SessionKey = new(), StaffKey = new(), StaffTokenKey = new();

    // TryGetValue: a long-polling connection's HttpContext is a copy whose Items is a plain dictionary (its indexer throws).
    public static ChatSession? SessionOf(HttpContext? http) =>
        http is not null && http.Items.TryGetValue(SessionKey, out var held) ? held as ChatSession : null;

    public static StaffActor? StaffOf(HttpContext? http) =>
        http is not null && http.Items.TryGetValue(StaffKey, out var held) ? held as StaffActor : null;

    /// <summary>The hash of the staff token the connection was opened with, checked again while it stays open.</summary>
    public static string? StaffTokenHashOf(HttpContext? http) =>
        http is not null && http.Items.TryGetValue(StaffTokenKey, out var held) ? held as string : null;

    public static IApplicationBuilder UseChatHubGate(this IApplicationBuilder app) => app.UseWhen(
        c => c.Request.Path.StartsWithSegments(ChatHub.Path),
        branch => branch.Use(async (http, next) =>
        {
            var token = http.Request.Query["access_token"].FirstOrDefault() ?? ChatTokenFilter.TokenOf(http.Request);
            if (token is not null && token.StartsWith(PersonalAccessTokens.SecretPrefix, StringComparison.Ordinal))
            {
                var tokens = http.RequestServices.GetRequiredService<PersonalAccessTokens>();
                if (await tokens.AuthenticateAsync(token, http.RequestAborted) is { } found && found.Actor.Roles.Contains(StaffRoles.Agent))
                {
                    http.Items[StaffKey] = found.Actor;
                    http.Items[StaffTokenKey] = ChatToken.Hash(token);
                    await next(http);
                    return;
                }
                await RefuseAsync(http, "StaffTokenInvalid");
                return;
            }
            var conversations = http.RequestServices.GetRequiredService<ConversationService>();
            if (await conversations.FindByTokenAsync(token, http.RequestAborted) is not { } session)
            {
                await RefuseAsync(http, token is null ? "TokenMissing" : "ChatNotFound");
                return;
            }
            http.Items[SessionKey] = session;
            await next(http);
        }));

    private static Task RefuseAsync(HttpContext http, string code)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.Problem(StatusCodes.Status401Unauthorized, code, ApiProblems.Text(http.Request)).ExecuteAsync(http);
    }
}
