using System.Globalization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Conversations;

/// <summary>The viewer's time zone (rule 4): UTC, labelled as such, until the browser has said
/// which zone it is in; the browser is only asked once the page is interactive.</summary>
public sealed class ViewerTimeZone
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>"UTC" or the IANA name, for a caption such as "Times are in Europe/Stockholm".</summary>
    public string Label => Zone.Id;

    public string Format(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <returns>Whether the zone changed, so the caller knows to render again.</returns>
    public async Task<bool> ReadAsync(IJSRuntime js)
    {
        try
        {
            await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/chat.js");
            var id = module is null ? null : await module.InvokeAsync<string?>("timeZone");
            if (string.IsNullOrEmpty(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) || zone.Id == Zone.Id)
                return false;
            Zone = zone;
            return true;
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone; nobody is left to show the times to.
            return false;
        }
    }
}
