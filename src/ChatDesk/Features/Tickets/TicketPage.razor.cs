using ChatDesk.Features.Conversations;
using System.Security.Claims;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Tickets;

/// <summary>One ticket: what the customer asked, who they are, the history, and the agent's reply, Close and
/// Reopen. The desk decides what this user may see and do; the page only shows its answers.</summary>
public sealed partial class TicketPage
{
    private readonly ViewerTimeZone time = new();
    private TicketDetails? ticket;
    private TicketReplyForm? replyForm;
    private string userId = "";
    private string? notice;
    private bool loaded, busy, noticeIsError;

    [Inject] private TicketDesk Desk { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    [Parameter] public int Number { get; set; }

    private TicketText T => TicketText.For(Staff.Language);

    protected override async Task OnParametersSetAsync()
    {
        userId = (await Auth).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        notice = null;
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await time.ReadAsync(JS)) StateHasChanged();
    }

    private async Task LoadAsync()
    {
        ticket = await Desk.GetAsync(userId, Number, Aborted);
        loaded = true;
    }

    private async Task ReplyAsync(string text)
    {
        var outcome = await RunAsync(() => Desk.ReplyAsync(userId, Number, text, Aborted));
        (notice, noticeIsError) = outcome switch
        {
            ReplyOutcome.Sent => (T.Format("ReplySent", ticket?.Customer.Email), false),
            ReplyOutcome.Empty => (T["ReplyEmpty"], true),
            ReplyOutcome.TooLong => (T.Format("ReplyTooLong", TicketDesk.MaxReplyLength), true),
            ReplyOutcome.NoAddress => (T["ReplyNoAddress"], true),
            _ => (T["NotInYourChannels"], true),
        };
        if (outcome == ReplyOutcome.Sent && replyForm is not null) await replyForm.ClearAsync();
    }

    private async Task CloseAsync() =>
        Explain(await RunAsync(() => Desk.CloseAsync(userId, Number, Aborted)), "WasClosed", "AlreadyClosed");

    private async Task ReopenAsync() =>
        Explain(await RunAsync(() => Desk.ReopenAsync(userId, Number, Aborted)), "WasReopened", "AlreadyReopened");

    private void Explain(StatusOutcome outcome, string done, string already) => (notice, noticeIsError) = outcome switch
    {
        StatusOutcome.Changed => (T[done], false),
        StatusOutcome.Unchanged => (T[already], false),
        _ => (T["NotInYourChannels"], true),
    };

    /// <summary>One action at a time, and the page always shows what is stored afterwards.</summary>
    private async Task<TResult> RunAsync<TResult>(Func<Task<TResult>> action)
    {
        busy = true;
        try
        {
            return await action();
        }
        finally
        {
            await LoadAsync();
            busy = false;
        }
    }
}
