using ChatDesk.Features.Channels;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>What every settings tab gets: the unsaved channel it edits in place, the problems to show at its
/// fields, and a callback so the page re-renders the preview after each change.</summary>
public abstract class ChannelTabBase : ComponentBase
{
    [Parameter, EditorRequired] public ChatChannel Channel { get; set; } = default!;
    [Parameter, EditorRequired] public FieldErrors Errors { get; set; } = FieldErrors.None;
    [Parameter, EditorRequired] public ChannelAdminText T { get; set; } = default!;
    [Parameter] public EventCallback Changed { get; set; }

    protected Task NotifyAsync() => Changed.InvokeAsync();

    protected bool Has(string path) => Errors.Has(path);

    protected string? Error(string path) => Errors.Text(path);
}
