namespace ChatDesk.Features.Agents;

/// <summary>A transfer waiting for the receiver's answer; stored, so a restart keeps the offer (rule 11).</summary>
public sealed class TransferOffer
{
    public long SessionId { get; set; }
    public string FromAgentId { get; set; } = "";
    public string FromName { get; set; } = "";
    public string ToAgentId { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>A chat an agent handed over: they keep a read-only view of it until they close it.</summary>
public sealed class HandOver
{
    public string AgentId { get; set; } = "";
    public long SessionId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>Why an offer ended without the chat changing hands.</summary>
public enum TransferOutcome { Rejected, Expired }

/// <summary>A transfer that came to nothing, kept for its sender until they dismiss it or offer again: stored, so
/// the sender learns it however their page was (re)loaded, and on whichever node.</summary>
public sealed class TransferNotice
{
    public long SessionId { get; set; }
    public string FromAgentId { get; set; } = "";
    public string ToName { get; set; } = "";
    public TransferOutcome Outcome { get; set; }
    public DateTimeOffset At { get; set; }
}
