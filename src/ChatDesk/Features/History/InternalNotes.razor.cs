using ChatDesk.Components;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChatDesk.Features.History;

/// <summary>A chat's internal notes, live: <see cref="ChatNotes"/> decides who may read and add them; a
/// <see cref="NoteAdded"/> on the bus makes every open staff view of the chat reload them.</summary>
public sealed partial class InternalNotes : CircuitComponent
{
    private IReadOnlyList<ChatNote> notes = [];
    private StaffActor actor = StaffActor.Nobody;
    private IDisposable? subscription;
    private string? draft, error, status;
    private bool busy;

    [Inject] private ChatNotes Notes { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    [Parameter, EditorRequired] public long SessionId { get; set; }
    [Parameter, EditorRequired] public ViewerTimeZone Viewer { get; set; } = default!;
    /// <summary>Whether this view offers adding a note (the agent's conversation); the service checks anyway.</summary>
    [Parameter] public bool CanAdd { get; set; }

    private HistoryText T => HistoryText.For(Staff.Language);
    private string HeadingId => $"notes-heading-{SessionId}";

    protected override async Task OnInitializedAsync()
    {
        actor = await StaffActors.FromAsync(Auth);
        // Subscribed before loading, so a note added meanwhile is not missed (rule 1).
        subscription = Events.SubscribeSession(SessionId, e => e is NoteAdded or BusReconnected ? OnRendererAsync(ReloadAsync) : Task.CompletedTask);
        notes = await Notes.ListAsync(actor, SessionId, Aborted);
    }

    private async Task ReloadAsync()
    {
        notes = await Notes.ListAsync(actor, SessionId, Aborted);
        StateHasChanged();
    }

    private async Task AddAsync()
    {
        busy = true;
        error = status = null;
        try
        {
            var outcome = await Notes.AddAsync(actor, SessionId, draft, Aborted);
            // A refused note stays in the box, as typed.
            if (outcome == NoteOutcome.Added) (draft, status) = ("", T.Note(outcome));
            else error = T.Note(outcome);
            notes = await Notes.ListAsync(actor, SessionId, Aborted);
        }
        finally
        {
            busy = false;
        }
    }

    protected override void OnDisposing() => subscription?.Dispose();
}
