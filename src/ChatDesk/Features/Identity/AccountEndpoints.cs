using ChatDesk.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Identity;

internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", LogoutAsync);
        // The staff pages' activity ping (staff-activity.js): renews the sign-in cookie while the user works in an
        // open page, which makes no other HTTP requests. A page of another site cannot send it with the cookie
        // (SameSite=Lax), and it can only extend a session, never start one, so it needs no antiforgery token.
        app.MapPost(StaffCookie.KeepAlivePath, () => TypedResults.NoContent()).RequireAuthorization();
        return app;
    }

    /// <summary>
    /// Signs the user out everywhere: the antiforgery token proves the form came from a ChatDesk page (a form on
    /// another site gets 400 and changes nothing), and a new security stamp refuses every cookie issued before,
    /// so a copied cookie stops working at once. That signs the user out on their other devices too, as
    /// "sign out" does in most web apps. Open pages on this node end now, on other nodes within a minute.
    /// </summary>
    private static async Task<IResult> LogoutAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, StaffSessions sessions)
    {
        // Nobody signed in (the cookie ran out while the page was open): nothing to end, and the token, made for the
        // signed-in user, could not match anyway.
        if (http.User.Identity?.IsAuthenticated != true) return TypedResults.LocalRedirect("~/account/login");
        if (!await antiforgery.IsRequestValidAsync(http))
            return Results.Text(AccountText.For(http.Request)["LogoutRefused"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (user is not null) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        if (user is not null) sessions.EndCircuits(user.Id);
        return TypedResults.LocalRedirect("~/account/login?loggedOut=1");
    }
}
