using ChatDesk.Features.Agents;

namespace ChatDesk.Features.Channels;

/// <summary>A channel is open when its opening hours say so and a present member can respond.</summary>
public sealed class ChannelAvailability(AgentPresence presence, TimeProvider time)
{
    public bool IsOpen(ChatChannel channel) =>
        OpeningHoursSchedule.IsOpen(channel.Hours, time.GetUtcNow()) &&
        channel.Members.Any(m => m.CanRespond && presence.IsPresent(m.UserId));

    /// <summary>Raised when presence changes; opening-hour boundaries are noticed by polling views.</summary>
    public event Action? Changed
    {
        add => presence.Changed += value;
        remove => presence.Changed -= value;
    }
}
