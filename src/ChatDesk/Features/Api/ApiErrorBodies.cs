namespace ChatDesk.Features.Api;

/// <summary>Any /api/v1 answer of 400 or more that has no body yet (a JSON body that does not parse, an unknown route,
/// a wrong method) gets problem details, before the app's status-code pages would put an HTML page there.</summary>
internal static class ApiErrorBodies
{
    public static IApplicationBuilder UseApiErrorBodies(this IApplicationBuilder app) => app.UseWhen(
        c => c.Request.Path.StartsWithSegments("/api/v1"),
        branch => branch.Use(async (http, next) =>
        {
            await next(http);
            var response = http.Response;
            if (response.HasStarted || response.StatusCode < 400 || response.ContentLength > 0) return;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = response.StatusCode },
            });
        }));
}
