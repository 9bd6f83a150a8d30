using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Email;

namespace ChatDesk.Features.Api;

// The steps around the conversation: FAQ, queue, end, rating, transcript; each one the page's service call.
internal static partial class CustomerChatEndpoints
{
    private static async Task<IResult> Changed(HttpContext http, ChannelDirectory directory, bool done, CancellationToken ct)
    {
        if (done) return TypedResults.NoContent();
        var (_, api, _) = await ChannelAsync(http, directory, ct);
        return ApiProblems.Problem(StatusCodes.Status409Conflict, "NotNow", api);
    }

    private static async Task<IResult> QueueAsync(HttpContext http, ChannelDirectory directory, ConversationService conversations, CancellationToken ct) =>
        await Changed(http, directory, await conversations.QueueAsync(Session(http).Id, ct), ct);

    private static async Task<IResult> ResolvedAsync(HttpContext http, ChannelDirectory directory, ConversationService conversations, CancellationToken ct) =>
        await Changed(http, directory, await conversations.EndAsync(Session(http).Id, EndReason.ResolvedByFaq, ct), ct);

    /// <summary>As the page's buttons: "leave the queue" while waiting, "end chat" while talking.</summary>
    private static async Task<IResult> EndAsync(HttpContext http, ChannelDirectory directory, ConversationService conversations, CancellationToken ct)
    {
        var session = Session(http);
        var reason = session.Status is SessionStatus.Queued or SessionStatus.Faq ? EndReason.Abandoned : EndReason.Customer;
        return await Changed(http, directory, await conversations.EndAsync(session.Id, reason, ct), ct);
    }

    private static async Task<IResult> RateAsync(HttpContext http, RatingRequest body, ChannelDirectory directory,
        ConversationService conversations, CancellationToken ct)
    {
        var (channel, api, _) = await ChannelAsync(http, directory, ct);
        if (body.Rating is < 1 or > 5) return ApiProblems.Invalid("rating", api["RatingRange"], api);
        if (!channel.PostChat.Rating || Session(http).Status != SessionStatus.Ended)
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "NotNow", api);
        return await Changed(http, directory, await conversations.RateAsync(Session(http).Id, body.Rating, body.Comment, ct), ct);
    }

    private static async Task<IResult> TranscriptAsync(HttpContext http, TranscriptRequest? body, ChannelDirectory directory,
        TranscriptAddress addresses, TranscriptMailer mailer, CancellationToken ct)
    {
        var (channel, api, text) = await ChannelAsync(http, directory, ct);
        var session = Session(http);
        if (!channel.PostChat.Transcript) return ApiProblems.Problem(StatusCodes.Status409Conflict, "TranscriptOff", api);
        if (session.Status != SessionStatus.Ended) return ApiProblems.Problem(StatusCodes.Status409Conflict, "NotNow", api);
        // The chat's own address; one typed in only for a chat that has none, checked as the end form checks it.
        var address = TranscriptMailer.ChatAddress(session.Customer.Email);
        if (address is null)
        {
            var set = await addresses.SetAsync(session.Id, body?.Email, ct);
            if (set.Address is null)
                return ApiProblems.Invalid("email", EmailCheckText.Describe(set.Check, text) ?? text["EmailInvalid"], api);
            address = set.Address;
        }
        var outboxId = await mailer.QueueTranscriptAsync(session.Id, address, ct);
        var mail = await mailer.FindAsync(session.Id, address, ct);
        return TypedResults.Accepted("/api/v1/chat", new TranscriptResponse(address, mail?.Id == outboxId && mail.SentAt is not null));
    }
}
