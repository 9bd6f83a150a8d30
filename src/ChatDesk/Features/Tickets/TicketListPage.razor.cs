using ChatDesk.Features.Conversations;
using System.Security.Claims;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Tickets;

/// <summary>The tickets of the user's channels. The filter lives in the address (?status=closed&amp;channel=2),
/// so a reload or the way back from a ticket keeps it.</summary>
public sealed partial class TicketListPage
{
    private static readonly string[] StatusKeys = ["open", "pending", "closed", "all"];

    private readonly ViewerTimeZone time = new();
    private IReadOnlyList<TicketChannel> channels = [];
    private IReadOnlyList<TicketRow>? rows;
    private string userId = "";

    [Inject] private TicketDesk Desk { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    [SupplyParameterFromQuery(Name = "status")] private string? Status { get; set; }
    // Read as text: a hand-edited address (?channel=abc) must show the list, not an error.
    [SupplyParameterFromQuery(Name = "channel")] private string? ChannelInAddress { get; set; }

    private int? Channel => int.TryParse(ChannelInAddress, out var id) ? id : null;

    private TicketText T => TicketText.For(Staff.Language);

    // Open by default: the list is a work queue. Anything unknown in the address is treated the same way.
    private string StatusKey => StatusKeys.Contains(Status?.ToLowerInvariant()) ? Status!.ToLowerInvariant() : "open";

    private TicketStatus? StatusFilter => StatusKey switch
    {
        "pending" => TicketStatus.Pending,
        "closed" => TicketStatus.Closed,
        "all" => null,
        _ => TicketStatus.Open,
    };

    private string ListedKey => StatusFilter?.ToString() ?? "All";

    private string Where => channels.FirstOrDefault(c => c.Id == Channel)?.Name is { } name
        ? T.Format("InChannel", name) : T["InYourChannels"];

    private string Caption
    {
        get
        {
            var listed = T[$"Listed_{ListedKey}"];
            var key = rows?.Count == TicketDesk.ListLimit ? "CaptionLimited" : "Caption";
            return T.Format(key, char.ToUpper(listed[0], T.Culture) + listed[1..], Where, time.Label, TicketDesk.ListLimit);
        }
    }

    private string StatusName(string key) => key == "all" ? T["StatusAll"] : T[$"Status_{char.ToUpperInvariant(key[0])}{key[1..]}"];

    protected override async Task OnInitializedAsync()
    {
        userId = (await Auth).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        channels = await Desk.ChannelsAsync(userId, Aborted);
    }

    protected override async Task OnParametersSetAsync() =>
        rows = await Desk.ListAsync(userId, new TicketFilter(StatusFilter, Channel), Aborted);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await time.ReadAsync(JS)) StateHasChanged();
    }

    private void ShowStatus(string key) => Show(key, Channel);

    private void ShowChannel(int channelId) => Show(StatusKey, channelId == 0 ? null : channelId);

    private void Show(string status, int? channel) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["status"] = status == "open" ? null : status,
            ["channel"] = channel,
        }), new NavigationOptions { ReplaceHistoryEntry = true });
}
