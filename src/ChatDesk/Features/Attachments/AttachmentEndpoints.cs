using ChatDesk.Data;
using ChatDesk.Features.Api;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.History;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ChatDesk.Features.Attachments;

/// <summary>GET /attachments/{id}/{name}: the file, to whoever may read its chat — a valid signed link (the chat
/// views and the transcript mail), the chat's own token (X-Chat-Token or Bearer, as the customer API), or a signed-in
/// staff member who may read the chat's channel (the rule of the read-only chat view, <see cref="ReadableChannels"/>).
/// Anyone else gets 404, the same as for a file that does not exist.</summary>
internal static class AttachmentEndpoints
{
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/attachments/{id:long}/{name?}", DownloadAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, long id, string? sig, AttachmentService attachments,
        AttachmentLinks links, ConversationService conversations, IDbContextFactory<ChatDeskDbContext> contexts, CancellationToken ct)
    {
        var attachment = await attachments.FindAsync(id, ct);
        if (attachment is null || !await MayReadAsync(http, attachment, sig, links, conversations, contexts, ct)) return NotFound();
        var content = await attachments.ContentAsync(attachment, ct);
        if (content is null) return NotFound();

        var headers = http.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.CacheControl] = "private, no-store";
        headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; img-src 'self'; sandbox";
        headers["Referrer-Policy"] = "no-referrer";
        // Only images open in the browser (shown as thumbnails); everything else is a download, never rendered here.
        var disposition = new ContentDispositionHeaderValue(attachment.IsImage ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        headers[HeaderNames.ContentDisposition] = disposition.ToString();
        return TypedResults.Bytes(content, attachment.ContentType);
    }

    internal static async Task<bool> MayReadAsync(HttpContext http, ChatAttachment attachment, string? signature, AttachmentLinks links,
        ConversationService conversations, IDbContextFactory<ChatDeskDbContext> contexts, CancellationToken ct)
    {
        if (links.Verify(attachment.Id, signature)) return true;
        if (ChatTokenFilter.TokenOf(http.Request) is { } token)
            return (await conversations.FindByTokenAsync(token, ct))?.Id == attachment.SessionId;
        if (http.User.Identity?.IsAuthenticated != true) return false;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ReadableChannels.ChannelOfAsync(db, StaffActor.From(http.User), attachment.SessionId, ct) is not null;
    }

    // With a body, so the status code pages do not turn it into the HTML not-found page.
    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);
}
