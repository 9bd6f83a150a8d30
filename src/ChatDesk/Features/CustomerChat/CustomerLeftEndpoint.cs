using System.Text;
using ChatDesk.Features.Conversations;
using Microsoft.Net.Http.Headers;

namespace ChatDesk.Features.CustomerChat;

/// <summary>The chat page's beacon on pagehide (navigator.sendBeacon): the body is the chat token as plain text.
/// The chat then ends after Chat:LeftGraceSeconds unless a window (a reload) connects again first.</summary>
internal static class CustomerLeftEndpoint
{
    // A token is 43 characters; anything much longer is not one and is not worth reading.
    private const int MaxBodyBytes = 100;

    public static IEndpointRouteBuilder MapCustomerLeftEndpoint(this IEndpointRouteBuilder app)
    {
        // Anonymous like the chat itself, and no antiforgery: a beacon cannot carry a token, and the only effect
        // is the one the token's holder can cause anyway by closing the window.
        app.MapPost("/api/chat/left", LeftAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> LeftAsync(HttpRequest request, CustomerConnections connections, CancellationToken ct)
    {
        if (!IsPlainText(request.ContentType))
            return Refused(StatusCodes.Status415UnsupportedMediaType);
        if (request.ContentLength > MaxBodyBytes) return Refused(StatusCodes.Status413PayloadTooLarge);

        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        if (length > MaxBodyBytes) return Refused(StatusCodes.Status413PayloadTooLarge);

        // Unknown tokens get the same answer: the beacon learns nothing about which chats exist.
        await connections.LeftAsync(Encoding.UTF8.GetString(buffer, 0, length).Trim(), ct);
        return TypedResults.NoContent();
    }

    // With a body, so the status code pages do not re-execute the POST as the (antiforgery-checked) not-found page.
    private static IResult Refused(int status) => TypedResults.Problem(statusCode: status);

    // A form or JSON body is not a beacon of ours; reading it as a raw token would only invite confusion.
    private static bool IsPlainText(string? contentType) => contentType is null ||
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
}
