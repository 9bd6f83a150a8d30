namespace ChatDesk.Features.Admin.Staff;

/// <summary>A staff user as the admin form and the configuration file describe it (never a password hash).</summary>
public sealed class StaffUserForm
{
    public string UserName { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Nickname { get; set; }
    public List<string> Roles { get; set; } = [];
    public int Capacity { get; set; } = 3;
    public string Language { get; set; } = "en";
    /// <summary>Only read by the configuration import; the admin page disables users with its own button.</summary>
    public bool Disabled { get; set; }
    /// <summary>The initial password when the admin creates a user; never part of a configuration file.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Password { get; set; }
}
