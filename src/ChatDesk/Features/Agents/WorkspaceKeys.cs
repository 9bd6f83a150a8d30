namespace ChatDesk.Features.Agents;

/// <summary>A key pressed in the workspace, as workspace-keys.js reports it.</summary>
/// <param name="InTextField">Focus was in a field where the key types text.</param>
/// <param name="ComposerEmpty">Focus was in the reply box and it was empty.</param>
public sealed record KeyPress(string Key, bool Alt, bool Ctrl, bool Meta, bool InTextField, bool ComposerEmpty);

public enum KeyAction { None, OpenInsert, ClosePanel, PreviousChat, NextChat }

/// <summary>The workspace's shortcuts: "/" opens reply insertion where it would not type a "/", Escape closes an open
/// panel, Alt+↑/↓ move between the agent's own chats.</summary>
public static class WorkspaceKeys
{
    public static KeyAction Decide(KeyPress key, bool panelOpen)
    {
        if (key.Ctrl || key.Meta) return KeyAction.None;
        return key.Key switch
        {
            // In the reply box "/" opens the picker only when nothing is typed yet: "and/or" must stay typeable.
            "/" when !key.Alt && (!key.InTextField || key.ComposerEmpty) => KeyAction.OpenInsert,
            "Escape" when panelOpen => KeyAction.ClosePanel,
            "ArrowUp" when key.Alt => KeyAction.PreviousChat,
            "ArrowDown" when key.Alt => KeyAction.NextChat,
            _ => KeyAction.None,
        };
    }

    /// <summary>The chat one step up or down from <paramref name="current"/> in the list as shown; none beyond either
    /// end. With no chat open (or one not in the list), down opens the first and up the last.</summary>
    public static long? Step(IReadOnlyList<long> chats, long? current, KeyAction direction)
    {
        if (chats.Count == 0 || direction is not (KeyAction.NextChat or KeyAction.PreviousChat)) return null;
        var down = direction == KeyAction.NextChat;
        var index = current is { } id ? IndexOf(chats, id) : -1;
        if (index < 0) return down ? chats[0] : chats[^1];
        var next = index + (down ? 1 : -1);
        return next >= 0 && next < chats.Count ? chats[next] : null;
    }

    private static int IndexOf(IReadOnlyList<long> chats, long id)
    {
        for (var i = 0; i < chats.Count; i++) if (chats[i] == id) return i;
        return -1;
    }
}

/// <summary>The side sheet open over a conversation; at most one at a time.</summary>
public enum WorkspacePanel { None, Insert, Transfer, Ticket }
