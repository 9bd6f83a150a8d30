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
    private InputFile? input;
    private ElementReference button;
    private IJSObjectReference? module;
    private AttachmentLimits? limits;
    private AttachmentText text = AttachmentText.For("en");
    private string? status, refusal;
    private bool busy;
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
        if (!firstRender || input?.Element is not { } element) return;
        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/attachments.js");
            await module.InvokeVoidAsync("attach", button, element, text["DropHint"]);
        }
        catch (JSDisconnectedException) { }
    }

    private async Task OnFilesAsync(InputFileChangeEventArgs e)
    {
        if (limits is null) return;
        busy = true;
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
        busy = false;
    }

    protected override void OnDisposing() => _ = DetachAsync();

    // The drop listeners sit on the conversation around the button, which may outlive it.
    private async Task DetachAsync()
    {
        if (module is null) return;
        try
        {
            await module.InvokeVoidAsync("detach", button);
            await module.DisposeAsync();
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException or JSException) { }
    }
}
