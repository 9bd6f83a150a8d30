using System.Globalization;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.Figures;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Supervision.Reports;

/// <summary>Reports for a date range and channel. The choice lives in the address (?from=&amp;to=&amp;channel=),
/// so a reload or a shared link shows the same report; days are in the viewer's browser zone.</summary>
public sealed partial class ReportsPage
{
    /// <summary>Without dates in the address: the last seven days, today included.</summary>
    private const int DefaultDays = 7;

    private readonly ViewerTimeZone viewer = new();
    private IReadOnlyList<(int Id, string Name)> channels = [];
    private IReadOnlyList<ReportTable>? tables;
    private ReportQuery? query;
    private string? problem;
    private StaffActor actor = StaffActor.Nobody;
    private DateOnly? fromDate;
    private DateOnly? toDate;
    private string? channelText;

    [Inject] private ReportService Reports { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    // Read as text: a hand-edited address (?from=yesterday) must show the page with a message, not an error.
    [SupplyParameterFromQuery(Name = "from")] private string? FromInAddress { get; set; }
    [SupplyParameterFromQuery(Name = "to")] private string? ToInAddress { get; set; }
    [SupplyParameterFromQuery(Name = "channel")] private string? ChannelInAddress { get; set; }

    private SupervisorText T => SupervisorText.For(Staff.Language);

    private string Period => query is null ? "" : T.Format("ReportPeriod",
        query.From.ToString("D", T.Culture), query.To.ToString("D", T.Culture),
        channels.FirstOrDefault(c => c.Id == query.ChannelId).Name ?? T["AllChannels"]);

    protected override async Task OnInitializedAsync()
    {
        actor = StaffActor.From((await Auth).User);
        channels = await Reports.ChannelsAsync(actor, Aborted);
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await viewer.ReadAsync(JS))
        {
            await LoadAsync();
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        var today = LocalDay.Of(Time.GetUtcNow(), viewer.Zone);
        var from = ParseDate(FromInAddress) ?? today.AddDays(1 - DefaultDays);
        var to = ParseDate(ToInAddress) ?? today;
        int? channelId = int.TryParse(ChannelInAddress, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && channels.Any(c => c.Id == id) ? id : null;
        fromDate = from;
        toDate = to;
        channelText = channelId?.ToString(CultureInfo.InvariantCulture) ?? "";
        var next = new ReportQuery(from, to, channelId, viewer.Zone);
        problem = next.Problem;
        query = next;
        tables = problem is null ? await Reports.TablesAsync(actor, next, T, Aborted) : null;
    }

    private void ShowAsync() =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["from"] = fromDate is { } from ? Iso(from) : null,
            ["to"] = toDate is { } to ? Iso(to) : null,
            ["channel"] = string.IsNullOrEmpty(channelText) ? null : channelText,
        }));

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, ReportQuery.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Iso(DateOnly date) => date.ToString(ReportQuery.DateFormat, CultureInfo.InvariantCulture);
}
