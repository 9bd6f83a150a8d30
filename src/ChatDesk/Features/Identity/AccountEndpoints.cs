using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Identity;

internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A POST with the antiforgery token, so a link on another site cannot sign staff out.
        app.MapPost("/account/logout", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/account/login?loggedOut=1");
        });
        return app;
    }
}
