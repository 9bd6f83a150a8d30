using ChatDesk.Features.Abuse;
using ChatDesk.Features.Channels;

namespace ChatDesk.Features.CustomerChat;

/// <summary>What widget.js on a company page asks: how to draw the chat button and whether chat is open.</summary>
internal static class WidgetEndpoints
{
    // Same limit as the channel directory: a longer slug is never a channel, so it is not worth a database read.
    private const int MaxSlugLength = 50;

    public static IEndpointRouteBuilder MapWidgetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/widget/{slug}", GetAsync).RequireRateLimiting(WidgetRateLimit.Name);
        return app;
    }

    private static async Task<IResult> GetAsync(
        string slug, HttpResponse response, WidgetChannels channels, ChannelAvailability availability,
        CancellationToken cancellationToken)
    {
        // Any company page may embed the widget, so any origin may read this answer. That is safe because it
        // carries nothing private (public name, colour, open or closed) and needs no cookie or credential.
        response.Headers.AccessControlAllowOrigin = "*";
        // Open/closed changes with agent presence from one minute to the next: never serve it from a cache (the
        // server keeps the channel briefly, WidgetChannels, but works out open/closed on every request).
        response.Headers.CacheControl = "no-store";

        var channel = slug.Length > MaxSlugLength ? null : await channels.FindAsync(slug, cancellationToken);
        if (channel is null) return TypedResults.NotFound(new WidgetError("unknown channel"));
        return TypedResults.Ok(new WidgetChannel(
            channel.Name, channel.Slug, channel.Language, channel.BadgeText, channel.Look.Color,
            availability.IsOpen(channel), "/chat/" + Uri.EscapeDataString(channel.Slug)));
    }
}

/// <summary>The widget's view of a channel; serialized camelCase.</summary>
internal sealed record WidgetChannel(
    string Name, string Slug, string Language, string BadgeText, string Color, bool Open, string ChatUrl);

internal sealed record WidgetError(string Error);
