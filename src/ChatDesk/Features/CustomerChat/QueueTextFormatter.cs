using ChatDesk.Features.Channels;
using ChatDesk.Features.Queue;
using ChatDesk.Resources;

namespace ChatDesk.Features.CustomerChat;

/// <summary>The line a waiting customer reads about their place in the queue.</summary>
public static class QueueTextFormatter
{
    /// <param name="template">The channel's own queue message with {position} and {wait}; empty uses the standard text.</param>
    public static string Format(CustomerText text, string? template, QueueView queue)
    {
        if (queue.Position < 1) return text["QueueWaiting"];
        var wait = queue.EstimatedMinutes is { } minutes ? text.Format("QueueWait", minutes) : "";
        // {wait} is empty until there is enough history for an estimate.
        if (!string.IsNullOrWhiteSpace(template))
            return template.Replace("{position}", queue.Position.ToString(text.Culture)).Replace("{wait}", wait).Trim();
        return (text.Format("QueuePosition", queue.Position) + " " + wait).Trim();
    }

    /// <summary>Why the request form is offered, truthfully: a long wait, or a long queue ahead (which may be so at
    /// the very first second); null when it is not offered.</summary>
    public static string? FallbackOffer(CustomerText text, ChatChannel channel, QueueView queue) =>
        !channel.Offline.TicketSubmission ? null : queue.Fallback switch
        {
            QueueFallbackReason.LongWait => text["OfferOffline"],
            QueueFallbackReason.LongQueue => text["OfferOfflineQueue"],
            _ => null,
        };

    /// <summary>The line above the request form after leaving the queue: an answer by e-mail, not an agent.</summary>
    public static string RequestIntro(CustomerText text, ChatChannel channel) =>
        string.IsNullOrWhiteSpace(channel.Offline.Message) ? text["LeaveRequestIntro"] : channel.Offline.Message;
}
