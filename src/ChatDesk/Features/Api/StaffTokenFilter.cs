using ChatDesk.Features.Identity;

namespace ChatDesk.Features.Api;

/// <summary>Checks the personal access token on every request (unknown, revoked or a disabled user: 401) and that
/// its user has one of <paramref name="roles"/> now (403). The services behind then check channels and ownership
/// exactly as they do for the pages.</summary>
internal sealed class StaffTokenFilter(PersonalAccessTokens tokens, params string[] roles) : IEndpointFilter
{
    private static readonly object Key = new();

    public static StaffActor ActorOf(HttpContext http) => (StaffActor)http.Items[Key]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var text = ApiProblems.Text(http.Request);
        if (await tokens.AuthenticateAsync(ApiProblems.BearerOr(http.Request, "X-Api-Token"), http.RequestAborted) is not { } found)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "StaffTokenInvalid", text);
        }
        if (!roles.Any(found.Actor.Roles.Contains)) return ApiProblems.Problem(StatusCodes.Status403Forbidden, "StaffForbidden", text);
        http.Items[Key] = found.Actor;
        return await next(context);
    }
}
