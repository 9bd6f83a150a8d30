using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Identity;

public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? Nickname { get; set; }
    /// <summary>How many chats the agent handles at once.</summary>
    public int Capacity { get; set; } = 3;
    /// <summary>Staff UI language, "en" or "sv".</summary>
    public string Language { get; set; } = "en";
    /// <summary>The agent's own choice; they count as present only while a workspace tab is open too.</summary>
    public Presence Presence { get; set; } = Presence.Present;
    public bool Disabled { get; set; }
    /// <summary>Presence lease: renewed while a workspace tab of theirs is connected; present only until then.</summary>
    public DateTimeOffset? PresenceLeaseUntil { get; set; }

    /// <summary>The agent's photo, "/media/images/{32 hex digits}" when uploaded by an admin; null shows initials.</summary>
    [System.ComponentModel.DataAnnotations.MaxLength(300)]
    public string? PhotoUrl { get; set; }

    public string FirstName => DisplayName.Split(' ', 2)[0];
}

public enum Presence { Away, Present }
