using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ChatDesk.Features.Privacy;

/// <summary>Find, export and erase a customer's data by e-mail address. The page renders; <see cref="PrivacyService"/> decides.</summary>
public sealed partial class PrivacyPage
{
    [Inject] private PrivacyService Privacy { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private readonly ViewerTimeZone time = new();
    private string email = "";
    private string? error;
    private string status = "";
    private PersonalAddress? address;
    private string shown = "";
    private PersonalDataOverview? found;

    private PrivacyText T => PrivacyText.For(Text.Language);

    protected override Task LoadAsync() => Task.CompletedTask;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await time.ReadAsync(JS)) StateHasChanged();
    }

    private async Task FindAsync()
    {
        status = "";
        address = PersonalAddress.Parse(email);
        // What was typed stays in the field either way.
        error = address is null ? T["InvalidEmail"] : null;
        found = null;
        if (address is null) return;
        shown = email.Trim();
        await ReloadAsync();
        status = found!.IsEmpty ? T.Format("Nothing", shown)
            : T.Format("Found", shown, found.Chats.Count, found.Tickets.Count, found.Mails.Count);
    }

    private async Task ReloadAsync() => found = await Privacy.FindAsync(Actor, address!, Aborted);

    private async Task ExportAsync()
    {
        if (address is null) return;
        var json = PrivacyService.ToJson(await Privacy.ExportAsync(Actor, address, Aborted));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        using var reference = new DotNetStreamReference(stream);
        // The FAQ export's module: saves a streamed file under a name. The address never goes into a URL (or a server log).
        await using var module = await JS.InvokeAsync<IJSObjectReference>("import", Aborted, "./Features/Admin/Faq/FaqTransferPanel.razor.js");
        await module.InvokeVoidAsync("download", Aborted, $"personal-data-{DateTime.UtcNow:yyyy-MM-dd}.json", reference);
        status = T["Exported"];
    }

    private async Task EraseAsync()
    {
        if (address is null || found is null) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync(T.Format("EraseTitle", shown),
            T.Format("EraseMessage", shown, found.Chats.Count, found.Tickets.Count, found.Mails.Count),
            T["EraseConfirm"], cancelText: T["Cancel"]);
        if (confirmed != true) return;
        var result = await Privacy.EraseAsync(Actor, address, Aborted);
        status = result.Refused ? T["EraseLive"]
            : T.Format("Erased", result.Chats, result.Tickets, result.Mails, result.OtherTexts);
        await ReloadAsync();
    }
}
