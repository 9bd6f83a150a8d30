using Microsoft.JSInterop;

namespace ChatDesk.Features.Agents;

/// <summary>The side sheets over the conversation (insert, transfer, ticket): one at a time, opened from the buttons,
/// the Task menu or a shortcut, closed by Escape, the close button or their own action.</summary>
public sealed partial class AgentConversation
{
    public bool PanelOpen => panel != WorkspacePanel.None;

    /// <summary>Replies can be inserted only while the agent may write in this chat.</summary>
    public bool CanInsert => State.CanCompose;

    public async Task OpenPanelAsync(WorkspacePanel which)
    {
        if (which == WorkspacePanel.Transfer) await State.LoadTargetsAsync(Aborted);
        panel = which;
        StateHasChanged();
    }

    public void ClosePanel()
    {
        if (panel == WorkspacePanel.None) return;
        panel = WorkspacePanel.None;
        StateHasChanged();
    }

    private Task TogglePanelAsync(WorkspacePanel which) =>
        panel == which ? ClosePanelAsync() : OpenPanelAsync(which);

    /// <summary>Closes the sheet and puts the agent back in the reply box.</summary>
    private async Task ClosePanelAsync()
    {
        ClosePanel();
        try
        {
            var keys = await JS.InvokeAsync<IJSObjectReference>("import", Aborted, "./js/workspace-keys.js");
            await keys.InvokeVoidAsync("focusComposer", Aborted);
            await keys.DisposeAsync();
        }
        // Focus is a courtesy: a browser that cannot give it (gone, or the module failed) changes nothing else.
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or JSException) { }
    }
}
