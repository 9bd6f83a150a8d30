using Microsoft.JSInterop;

namespace ChatDesk.Features.Agents;

/// <summary>The workspace's keyboard shortcuts: workspace-keys.js reports a key, <see cref="WorkspaceKeys"/> decides,
/// this page carries it out on the open conversation or the chat list.</summary>
public sealed partial class AgentWorkspacePage
{
    private IJSObjectReference? keys;
    private DotNetObjectReference<AgentWorkspacePage>? keysCallback;
    private AgentConversation? conversation;

    private async Task AttachKeysAsync()
    {
        keysCallback = DotNetObjectReference.Create(this);
        keys = await JS.InvokeAsync<IJSObjectReference>("import", Aborted, "./js/workspace-keys.js");
        await keys.InvokeVoidAsync("attach", Aborted, keysCallback);
    }

    /// <returns>The action taken, so the browser can put focus back in the reply box after a panel closed.</returns>
    [JSInvokable]
    public async Task<string> OnKeyAsync(KeyPress key)
    {
        var action = WorkspaceKeys.Decide(key, conversation?.PanelOpen ?? false);
        switch (action)
        {
            case KeyAction.OpenInsert when conversation is not null && conversation.CanInsert:
                await conversation.OpenPanelAsync(WorkspacePanel.Insert);
                break;
            case KeyAction.ClosePanel when conversation is not null:
                conversation.ClosePanel();
                break;
            case KeyAction.NextChat or KeyAction.PreviousChat:
                if (WorkspaceKeys.Step([.. State.Mine.Select(c => c.SessionId)], State.Selected, action) is { } next
                    && next != State.Selected)
                {
                    await SelectAsync(next);
                    StateHasChanged();
                }
                break;
            default:
                return nameof(KeyAction.None);
        }
        return action.ToString();
    }

    private void DetachKeys()
    {
        var module = keys;
        var callback = keysCallback;
        _ = DetachAsync();

        async Task DetachAsync()
        {
            try
            {
                if (module is not null)
                {
                    await module.InvokeVoidAsync("detach");
                    await module.DisposeAsync();
                }
            }
            catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException) { }
            finally { callback?.Dispose(); }
        }
    }
}
