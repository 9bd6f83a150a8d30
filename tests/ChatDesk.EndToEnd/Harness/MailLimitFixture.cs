namespace ChatDesk.EndToEnd.Harness;

/// <summary>An app of its own with the request form's real, low limits, so filling them up never refuses the shared
/// app's tests (which all come from the same loopback address).</summary>
public sealed class MailLimitFixture() : ChatDeskFixture(new AppServer(Settings, "app-mail-limits.log"))
{
    public const int TicketsPerClientPerHour = 5;
    public const int ConfirmationsPerRecipientPerDay = 3;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Abuse__TicketsPerClientPerHour"] = TicketsPerClientPerHour.ToString(),
        ["Abuse__ConfirmationsPerRecipientPerDay"] = ConfirmationsPerRecipientPerDay.ToString(),
        // A browser test fills the form faster than a person; the fill time has unit tests (OfflineRequestsTests).
        ["Abuse__TicketFormMinSeconds"] = "0",
    };
}

[CollectionDefinition(Name)]
public sealed class MailLimitCollection : ICollectionFixture<MailLimitFixture>
{
    public const string Name = "ChatDesk app with low request form limits";
}
