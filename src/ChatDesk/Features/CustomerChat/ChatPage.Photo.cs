using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.CustomerChat;

// The agent's face: their photo when the channel's look asks for it and they have one, else initials (AgentAvatar).
public sealed partial class ChatPage
{
    private string? agentPhoto;
    // The agent the photo was read for: read once per agent, again after a transfer brings another.
    private string? agentPhotoOf;

    [Inject] private AgentPhotos Photos { get; set; } = default!;

    private async Task LoadAgentPhotoAsync()
    {
        var agentId = channel is { Look.ShowAgentPhoto: true } ? session?.AgentId : null;
        if (agentId == agentPhotoOf) return;
        agentPhotoOf = agentId;
        agentPhoto = await Photos.OfAsync(agentId, Closing);
    }

    // Messages carry the author's name only: the photo belongs beside the current agent's lines, an earlier
    // agent's (before a transfer) keep their initials rather than wear someone else's face.
    private string? PhotoOf(string? authorName) => authorName == session?.AgentDisplayName ? agentPhoto : null;
}
