using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Conversations;

public sealed partial class Composer : IAsyncDisposable
{
    private ElementReference textarea, button, pendingBox, noticeBox;
    private IJSObjectReference? module;
    private DotNetObjectReference<Composer>? self;
    private string draft = "";
    // True once the browser handles ENTER and the button; before that a click or an ENTER would do nothing.
    private bool ready;
    private bool gaveBackEnded;
    // The length of a text the server refused as too long (only a script that skips chat.js gets here).
    private int? refusedLength;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter] public string Id { get; set; } = "message";
    /// <summary>Text the draft starts with (a question carried over from an earlier step).</summary>
    [Parameter] public string? InitialText { get; set; }
    [Parameter] public string Label { get; set; } = "Message";
    [Parameter] public string Hint { get; set; } = "";
    [Parameter] public string SendText { get; set; } = "Send";
    [Parameter] public string SendingText { get; set; } = "Sending…";
    [Parameter] public string EndedNotice { get; set; } =
        "Your message could not be delivered because the chat has ended. Its text is back in the box.";
    /// <summary>Shown when a text is over <see cref="ChatText.MaxMessageLength"/>; {count} and {max} are filled in.</summary>
    [Parameter] public string TooLongText { get; set; } =
        "Your message has {count} characters; at most {max} fit in one message. Shorten it or split it, then send again.";
    [Parameter] public string? Error { get; set; }
    /// <summary>Shows the attach button for this chat (Features/Attachments); AttachLanguage is staff's own language.</summary>
    [Parameter] public ChatDesk.Features.Attachments.AttachmentTarget? Attach { get; set; }
    [Parameter] public string? AttachLanguage { get; set; }
    [Parameter] public bool Disabled { get; set; }
    /// <summary>Marks the text box as required (a visible asterisk and aria-required), as a form's question is.</summary>
    [Parameter] public bool Required { get; set; }
    /// <summary>Controls drawn before the text box in its row, such as an attach button.</summary>
    [Parameter] public RenderFragment? Tools { get; set; }
    /// <summary>sessionStorage key that keeps unsent texts across reloads (one per chat view); none keeps them in memory only.</summary>
    [Parameter] public string? StorageKey { get; set; }
    /// <summary>Gets the text and its browser-made client message id; a throw means "not now", and the browser tries again.</summary>
    [Parameter, EditorRequired] public Func<string, Guid, Task<ComposerOutcome>> OnSend { get; set; } = default!;
    /// <summary>Whether the draft has text, on every change. A plain delegate, not an EventCallback: a keystroke
    /// must not re-render the page around the composer.</summary>
    [Parameter] public Action<bool>? OnTyping { get; set; }
    /// <summary>Every change of the draft, so a parent can keep it while the composer is not shown (a plain
    /// delegate for the same reason).</summary>
    [Parameter] public Action<string>? DraftChanged { get; set; }

    /// <summary>Replaces the draft, e.g. with a reply template or a ticket message to review before sending.</summary>
    public Task SetTextAsync(string text)
    {
        draft = text;
        DraftChanged?.Invoke(draft);
        StateHasChanged();
        return Task.CompletedTask;
    }

    private bool disposed;

    protected override void OnInitialized() => draft = InitialText ?? "";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/chat.js");
            // Gone while the script loaded (the agent switched chats): there is nothing left to attach to.
            if (disposed) return;
            self = DotNetObjectReference.Create(this);
            await module.InvokeVoidAsync("attachComposer", textarea, button, pendingBox, self, new
            {
                storageKey = StorageKey, sendingText = SendingText, noticeBox,
                maxLength = ChatText.MaxMessageLength, tooLongText = TooLongText,
            });
        }
        catch (JSDisconnectedException)
        {
            return; // the window closed during the first render
        }
        catch (JSException) when (disposed)
        {
            return; // removed from the page before the browser attached it; the circuit must live on
        }
        ready = true;
        StateHasChanged();
    }

    /// <summary>One text from the browser's queue (ENTER, the Send button, or a resend after a reconnect or reload).
    /// The box is already empty there; on anything but Accepted the browser puts the text back into it.</summary>
    [JSInvokable]
    public async Task<string> SubmitAsync(string text, string clientId)
    {
        var id = Guid.TryParse(clientId, out var parsed) ? parsed : Guid.NewGuid();
        // Refused before anything is stored or counted against the throttle; the browser gives the text back.
        refusedLength = text.Length > ChatText.MaxMessageLength ? text.Length : null;
        var outcome = Disabled || refusedLength is not null ? ComposerOutcome.Refused : await OnSend(text, id);
        gaveBackEnded = outcome == ComposerOutcome.Ended;
        if (outcome == ComposerOutcome.Accepted)
        {
            // Emptied in the browser while offline, the server's copy of the draft may still hold the sent text.
            if (draft == text) await SetTextAsync("");
            OnTyping?.Invoke(false);
        }
        StateHasChanged();
        return outcome.ToString();
    }

    private string TooLong(int length) => TooLongText
        .Replace("{count}", length.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{max}", ChatText.MaxMessageLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void OnInput()
    {
        DraftChanged?.Invoke(draft);
        OnTyping?.Invoke(draft.Length > 0);
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        try
        {
            if (module is not null)
            {
                await module.InvokeVoidAsync("detachComposer", textarea);
                await module.DisposeAsync();
            }
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException)
        {
            // A closed tab or a torn-down circuit: nothing is left in the browser to detach.
        }
        self?.Dispose();
    }
}
