using ChatDesk.Components;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Attachments;

public sealed partial class AttachButton
{
    // Files taken from one pick or drop; more in one go are left for another.
    private const int MaxAtOnce = 5;
    private ElementReference root;
    private bool wired;
    private AttachmentLimits? limits;
    private AttachmentText text = AttachmentText.For("en");
    private string? status, refusal;
    private (long SessionId, string? Language)? loadedFor;

    [Inject] private AttachmentService Attachments { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The chat and who attaches; set only by a view that has already opened the chat for its holder.</summary>
    [Parameter, EditorRequired] public AttachmentTarget Target { get; set; } = default!;
    /// <summary>Staff's own language; the customer's side speaks the channel's.</summary>
    [Parameter] public string? Language { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // The parent renders a new target with every message; the limits are read once per chat, not per message
        // (the message path's round trips are pinned by CustomerPageRoundTripTests).
        if (limits is not null && loadedFor == (Target.SessionId, Language)) return;
        loadedFor = (Target.SessionId, Language);
        var (found, channelLanguage) = await Attachments.LimitsAsync(Target.SessionId, Aborted);
        limits = found;
        text = AttachmentText.For(Language ?? channelLanguage);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Once the limits (and so the channel's language for the drop hint) are known, and only after the InputFile
        // child has sent its own set-up to the browser (in its first after-render, which runs after this one): the
        // browser hands files over only to a reader that listens.
        if (wired || limits is null) return;
        wired = true;
        await Task.Yield();
        try
        {
            await JS.InvokeVoidAsync("chatDeskAttachments.ready", Aborted, root, text["DropHint"], MaxAtOnce);
        }
        // A JSException here (the control already left the page when the call arrived: the agent switched chats)
        // must not end the circuit: an unhandled after-render error takes the whole workspace down.
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or JSException) { }
    }

    private async Task OnFilesAsync(InputFileChangeEventArgs e)
    {
        try
        {
            if (limits is not null) await ReadAsync(e, limits);
        }
        finally
        {
            await TellBrowserAsync("chatDeskAttachments.done");
        }
    }

    private async Task ReadAsync(InputFileChangeEventArgs e, AttachmentLimits limits)
    {
        refusal = null;
        foreach (var file in e.GetMultipleFiles(MaxAtOnce))
        {
            status = text.Format("Attaching", file.Name);
            StateHasChanged();
            AttachRefusal outcome;
            try
            {
                outcome = await Attachments.AttachAsync(Target, file.Name, file.Size,
                    max => file.OpenReadStream(max, Aborted), Guid.NewGuid(), Aborted);
            }
            catch (IOException)
            {
                outcome = AttachRefusal.TooLarge; // the browser's file turned out larger than it said
            }
            if (outcome != AttachRefusal.None)
            {
                refusal = AttachmentRefusalText.For(text, outcome, file.Name, limits);
                status = null;
                break;
            }
            status = text.Format("Attached", AttachmentFileName.Clean(file.Name));
        }
    }

    protected override void OnDisposing()
    {
        if (wired) _ = TellBrowserAsync("chatDeskAttachments.detach");
    }

    private async Task TellBrowserAsync(string function)
    {
        try
        {
            await JS.InvokeVoidAsync(function, root);
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException or JSException) { }
    }
}
