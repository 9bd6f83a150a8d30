using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.History;

/// <summary>An internal note was added to the chat; staff views of it reload the notes (rule 1). Only the chat's
/// own subscribers hear it; the hub and the customer page forward no event they do not know, so it never reaches
/// the customer, and it names nothing but the chat.</summary>
public sealed record NoteAdded(long SessionId, int ChannelId) : ChatEvent(SessionId, ChannelId)
{
    public override bool ChannelWide => false;
}
