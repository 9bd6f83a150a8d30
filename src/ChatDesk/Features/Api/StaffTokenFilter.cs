using ChatDesk.Features.Identity;

namespace ChatDesk.Features.Api;

/// <summary>Checks the personal access token on every request (unknown, revoked or a disabled user: 401) and that
/// its user has one of <paramref name="roles"/> now (403). The services behind then check channels and ownership
/// exactly as they do for the pages.</summary>
internal sealed class StaffTokenFilter(PersonalAccessTokens tokens, params string[] roles) : IEndpointFilter
{
    private static readonly object Key = new();

    public static StaffActor ActorOf(HttpContext http) => (StaffActor)http.Items[Key]!;

    /// <summary>The request's token, or the 401 answer for an unknown, revoked or disabled one (shared with the bot routes).</summary>
    public static async Task<((StaffActor Actor, TokenKind Kind) Found, IResult? Refusal)> AuthenticateAsync(PersonalAccessTokens tokens, HttpContext http)
    {
        if (await tokens.AuthenticateAsync(ApiProblems.BearerOr(http.Request, "X-Api-Token"), http.RequestAborted) is { } found)
            return (found, null);
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return (default, ApiProblems.Problem(StatusCodes.Status401Unauthorized, "StaffTokenInvalid", ApiProblems.Text(http.Request)));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (found, refusal) = await AuthenticateAsync(tokens, http);
        if (refusal is not null) return refusal;
        if (!roles.Any(found.Actor.Roles.Contains))
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "StaffForbidden", ApiProblems.Text(http.Request));
        http.Items[Key] = found.Actor;
        return await next(context);
    }
}
