using FluentValidation.Results;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>One row of the channel list.</summary>
public sealed record ChannelSummary(int Id, string Name, string Slug, string Language, int Members);

/// <summary>A staff user who can be made a member of a channel.</summary>
public sealed record StaffChoice(string UserId, string DisplayName, string UserName, bool Disabled);

/// <summary>An FAQ folder the pre-chat suggestions can be limited to.</summary>
public sealed record FolderChoice(int Id, string Name);

/// <summary>The outcome of a save: the channel's id, or the problems with their property paths (nothing saved).</summary>
public sealed record ChannelSaveResult(int Id, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Saved => Errors.Count == 0;
}

/// <summary>What deleting a channel takes with it, for the confirmation dialog.</summary>
public sealed record ChannelDeletionImpact(int Chats, int LiveChats, int Tickets);

public enum ChannelDeleteOutcome { Deleted, NotFound, HasLiveChats }
