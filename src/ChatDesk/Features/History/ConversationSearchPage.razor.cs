using System.Globalization;
using ChatDesk.Components;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.History;

/// <summary>Conversation search: <see cref="ConversationSearch"/> decides which chats this user may find; the page
/// keeps what was typed (a refused search loses nothing) and shows a page of results at a time.</summary>
public sealed partial class ConversationSearchPage : CircuitComponent
{
    private readonly ViewerTimeZone viewer = new();
    private string? customer, email, text, from, to;
    private ConversationPage? result;
    private SearchProblem problem;
    private bool busy;

    [Inject] private ConversationSearch Search { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    private HistoryText T => HistoryText.For(Staff.Language);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        // The days typed are the viewer's days: the zone is read before the first (empty: newest chats) search.
        await viewer.ReadAsync(JS);
        await RunAsync(0);
        StateHasChanged();
    }

    private Task SearchAsync() => RunAsync(0);

    private Task GoToAsync(int page) => RunAsync(page);

    private async Task RunAsync(int page)
    {
        var query = new ConversationQuery(customer, email, text, Day(from), Day(to), page);
        problem = ConversationSearch.Check(query);
        if (problem != SearchProblem.None) return;
        busy = true;
        try
        {
            result = await Search.SearchAsync(await StaffActors.FromAsync(Auth), query, viewer.Zone, Aborted);
        }
        finally
        {
            busy = false;
        }
    }

    // The browser's date input always sends yyyy-MM-dd (or nothing).
    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
