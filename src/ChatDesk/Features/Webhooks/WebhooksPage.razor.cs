using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ChatDesk.Features.Webhooks;

/// <summary>A channel's webhook subscriptions with their delivery logs. The page renders; <see cref="WebhookAdmin"/> decides.</summary>
public sealed partial class WebhooksPage
{
    [Inject] private WebhookAdmin Webhooks { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    /// <summary>The channel to open with, by slug (a link from elsewhere); else the first by name.</summary>
    [SupplyParameterFromQuery(Name = "channel")] public string? ChannelSlug { get; set; }

    private IReadOnlyList<WebhookChannel> channels = [];
    private IReadOnlyList<WebhookSubscription> subscriptions = [];
    private readonly HashSet<string> chosen = [];
    private IReadOnlyDictionary<string, string> errors = new Dictionary<string, string>();
    private int channelId;
    private string? url;
    private string status = "";
    private WebhookSubscription? created;
    // Bumped after an action so each log reloads what the action changed (a queued ping).
    private int logVersion;

    private WebhookText T => WebhookText.For(Text.Language);

    private string? Error(string field) => errors.TryGetValue(field, out var key) ? T[key] : null;

    protected override async Task LoadAsync()
    {
        channels = await Webhooks.ChannelsAsync(Actor, Aborted);
        var start = channels.FirstOrDefault(c => c.Slug == ChannelSlug) ?? channels.FirstOrDefault();
        if (start is not null) await SelectChannelAsync(start.Id);
    }

    private async Task SelectChannelAsync(int id)
    {
        channelId = id;
        created = null;
        status = "";
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        subscriptions = await Webhooks.ListAsync(Actor, channelId, Aborted);
        logVersion++;
    }

    private void Choose(string name, bool on)
    {
        if (on) chosen.Add(name);
        else chosen.Remove(name);
    }

    private async Task CreateAsync()
    {
        var result = await Webhooks.CreateAsync(Actor, channelId, url, chosen, Aborted);
        // On an error what was typed and ticked stays as it was.
        errors = result.Errors;
        created = result.Created;
        status = errors.TryGetValue("Channel", out var gone) ? T[gone] : "";
        if (created is null) return;
        url = null;
        chosen.Clear();
        await ReloadAsync();
    }

    private async Task SendTestAsync(WebhookSubscription subscription)
    {
        status = await Webhooks.SendTestAsync(Actor, subscription.Id, Aborted) ? T.Format("TestQueued", subscription.Url) : T["Gone"];
        await ReloadAsync();
    }

    private async Task ToggleAsync(WebhookSubscription subscription)
    {
        var enable = !subscription.Enabled;
        status = await Webhooks.SetEnabledAsync(Actor, subscription.Id, enable, Aborted)
            ? T.Format(enable ? "EnabledStatus" : "DisabledStatus", subscription.Url) : T["Gone"];
        await ReloadAsync();
    }

    private async Task DeleteAsync(WebhookSubscription subscription)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T.Format("DeleteTitle", subscription.Url), T["DeleteMessage"],
            T["Delete"], cancelText: Text["Cancel"]);
        if (confirmed != true) return;
        status = await Webhooks.DeleteAsync(Actor, subscription.Id, Aborted) ? T.Format("Deleted", subscription.Url) : T["Gone"];
        if (created?.Id == subscription.Id) created = null;
        await ReloadAsync();
    }
}
