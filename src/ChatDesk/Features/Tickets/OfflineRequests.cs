using ChatDesk.Features.Conversations;
using ChatDesk.Features.EmailValidation;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Tickets;

/// <summary>One submission of the public request form.</summary>
/// <param name="ClientAddress">The key of the customer's connection (<see cref="Abuse.ClientAddress.Of(System.Net.IPAddress?)"/>).</param>
/// <param name="FormShownAt">When the server showed the form; null when it follows a chat the customer already
/// started (the queue fallback), which no bot reaches without the pre-chat form.</param>
/// <param name="Honeypot">The hidden field no person sees, so no person fills it in.</param>
public sealed record OfflineRequest(
    int ChannelId, CustomerDetails Customer, string Question, string? ClientAddress, DateTimeOffset? FormShownAt, string? Honeypot);

public enum OfflineOutcome
{
    /// <summary>Registered, and the confirmation mail is queued (when the customer gave an address).</summary>
    Registered,
    /// <summary>Registered, but the address has had its confirmations for today: none is mailed.</summary>
    RegisteredWithoutConfirmation,
    /// <summary>Refused: this client sent too many requests this hour. Nothing is stored.</summary>
    TooManyFromClient,
    /// <summary>Refused as a bot (the hidden field filled in, or sent faster than a person types). Nothing is
    /// stored or mailed; the customer sees the ordinary "could not register" message, which tells a bot nothing.</summary>
    Refused,
}

public sealed record OfflineResult(OfflineOutcome Outcome, Ticket? Ticket = null);

/// <summary>The public request form's rules, in front of <see cref="TicketService"/>: bots are turned away
/// quietly, a client may send only so many requests an hour, and an address gets only so many confirmations a
/// day, so the form can be used neither to flood the desk nor to mail strangers.</summary>
public sealed class OfflineRequests(
    TicketService tickets, TicketLimiter limiter, IOptions<TicketLimitOptions> options, TimeProvider time, ILogger<OfflineRequests> logger)
{
    /// <exception cref="InvalidOperationException">No such channel, or it does not take tickets.</exception>
    public async Task<OfflineResult> SubmitAsync(OfflineRequest request, CancellationToken cancellationToken)
    {
        // Logged with the client, so an operator sees who is knocking; never with what they typed.
        if (LooksLikeABot(request))
        {
            logger.LogInformation("Request form on channel {Channel} refused as a bot for client {Client}.", request.ChannelId, request.ClientAddress);
            return new(OfflineOutcome.Refused);
        }
        if (!limiter.TryTakeRequest(request.ClientAddress))
        {
            logger.LogWarning("Request form on channel {Channel} refused: client {Client} is over its hourly limit.", request.ChannelId, request.ClientAddress);
            return new(OfflineOutcome.TooManyFromClient);
        }

        var recipient = EmailSyntax.Check(request.Customer.Email);
        var confirm = !recipient.IsValid || limiter.TryTakeConfirmation(recipient.Normalized!);
        if (!confirm) logger.LogWarning("No ticket confirmation mailed: the recipient is over its daily limit (client {Client}).", request.ClientAddress);
        var ticket = await tickets.CreateFromOfflineFormAsync(
            request.ChannelId, request.Customer, request.Question, cancellationToken, confirm);
        return new(confirm ? OfflineOutcome.Registered : OfflineOutcome.RegisteredWithoutConfirmation, ticket);
    }

    /// <summary>True for a submission no person makes: the hidden field has text, or the form came back sooner
    /// than anyone reads and fills it. A person who is that quick is told to try again, and then it works.</summary>
    public bool LooksLikeABot(OfflineRequest request)
    {
        if (!string.IsNullOrEmpty(request.Honeypot)) return true;
        if (request.FormShownAt is not { } shown) return false;
        return time.GetUtcNow() - shown < TimeSpan.FromSeconds(options.Value.TicketFormMinSeconds);
    }
}
