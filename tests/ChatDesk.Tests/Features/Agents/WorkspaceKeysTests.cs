using ChatDesk.Features.Agents;

namespace ChatDesk.Tests.Features.Agents;

public sealed class WorkspaceKeysTests
{
    private static KeyPress Key(string key, bool alt = false, bool ctrl = false, bool inTextField = false, bool composerEmpty = false) =>
        new(key, alt, ctrl, Meta: false, inTextField, composerEmpty);

    [Fact]
    public void SlashOpensInsertionOutsideTextFieldsAndInTheEmptyReplyBox()
    {
        Assert.Equal(KeyAction.OpenInsert, WorkspaceKeys.Decide(Key("/"), panelOpen: false));
        Assert.Equal(KeyAction.OpenInsert, WorkspaceKeys.Decide(Key("/", inTextField: true, composerEmpty: true), panelOpen: false));
    }

    [Fact]
    public void SlashIsTypedInAReplyWithTextAndInOtherFields()
    {
        Assert.Equal(KeyAction.None, WorkspaceKeys.Decide(Key("/", inTextField: true), panelOpen: false)); // "and/or"
        Assert.Equal(KeyAction.None, WorkspaceKeys.Decide(Key("/", ctrl: true), panelOpen: false));
    }

    [Fact]
    public void EscapeClosesOnlyAnOpenPanel()
    {
        Assert.Equal(KeyAction.ClosePanel, WorkspaceKeys.Decide(Key("Escape", inTextField: true), panelOpen: true));
        Assert.Equal(KeyAction.None, WorkspaceKeys.Decide(Key("Escape"), panelOpen: false));
    }

    [Fact]
    public void AltArrowsMoveBetweenChatsPlainArrowsDoNot()
    {
        Assert.Equal(KeyAction.NextChat, WorkspaceKeys.Decide(Key("ArrowDown", alt: true, inTextField: true), panelOpen: false));
        Assert.Equal(KeyAction.PreviousChat, WorkspaceKeys.Decide(Key("ArrowUp", alt: true), panelOpen: false));
        Assert.Equal(KeyAction.None, WorkspaceKeys.Decide(Key("ArrowDown"), panelOpen: false));
    }

    [Theory]
    [InlineData(11L, KeyAction.NextChat, 12L)]
    [InlineData(12L, KeyAction.NextChat, 13L)]
    [InlineData(12L, KeyAction.PreviousChat, 11L)]
    [InlineData(13L, KeyAction.NextChat, null)]
    [InlineData(11L, KeyAction.PreviousChat, null)]
    [InlineData(null, KeyAction.NextChat, 11L)]
    [InlineData(null, KeyAction.PreviousChat, 13L)]
    [InlineData(99L, KeyAction.NextChat, 11L)]
    public void StepsThroughTheChatsAsListedAndStopsAtTheEnds(long? current, KeyAction direction, long? expected) =>
        Assert.Equal(expected, WorkspaceKeys.Step([11, 12, 13], current, direction));

    [Fact]
    public void WithoutChatsThereIsNowhereToGo() =>
        Assert.Null(WorkspaceKeys.Step([], null, KeyAction.NextChat));
}
