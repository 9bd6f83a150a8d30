namespace ChatDesk.Features.Agents;

/// <summary>An agent's own canned reply, seen only by them.</summary>
public sealed class QuickReply
{
    public int Id { get; set; }
    public string OwnerUserId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
}
