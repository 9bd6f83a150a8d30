using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Channels;

/// <summary>A channel is open when its opening hours say so and a present member can respond.</summary>
public sealed class ChannelAvailability(AgentPresence presence, IChatEvents events, TimeProvider time)
{
    public bool IsOpen(ChatChannel channel) =>
        OpeningHoursSchedule.IsOpen(channel.Hours, time.GetUtcNow()) &&
        channel.Members.Any(m => m.CanRespond && presence.IsPresent(m.UserId));

    /// <summary>Calls <paramref name="handler"/> when presence changes on any node (through the bus); dispose to stop.
    /// Opening-hour boundaries are noticed by polling views.</summary>
    public IDisposable OnChanged(Action handler) =>
        events.SubscribeChannels(e =>
        {
            if (e is PresenceChanged or BusReconnected) handler();
            return Task.CompletedTask;
        });
}
