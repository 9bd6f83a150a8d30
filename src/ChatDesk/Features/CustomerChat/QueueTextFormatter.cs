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
}
