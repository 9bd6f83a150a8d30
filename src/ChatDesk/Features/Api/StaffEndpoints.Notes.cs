using ChatDesk.Features.History;
using ChatDesk.Features.Identity;

namespace ChatDesk.Features.Api;

// Internal notes: for everyone on staff who may read the chat's channel (ChatNotes checks it on every call), as in
// the workspace and the read-only record. Never part of the customer's API.
internal static partial class StaffEndpoints
{
    private static void MapNotes(RouteGroupBuilder staff)
    {
        var notes = staff.MapGroup("/chats/{chatId:long}/notes").WithTags("Staff: notes")
            .AddEndpointFilterFactory((context, next) => Filter(context, next, StaffRoles.Agent, StaffRoles.Supervisor, StaffRoles.Admin));
        notes.MapGet("", NotesAsync).WithName("ChatNotes").WithSummary("The chat's internal notes, oldest first (staff only).");
        notes.MapPost("", AddNoteAsync).WithName("AddChatNote")
            .WithSummary("Adds an internal note to the chat; it is never shown or sent to the customer.");
    }

    private static async Task<IResult> NotesAsync(HttpContext http, long chatId, ChatNotes notes, CancellationToken ct)
    {
        // A chat outside the user's channels and one that does not exist look the same.
        if (await notes.FindAsync(Actor(http), chatId, ct) is not { } list) return Refused(http, StatusCodes.Status404NotFound, "ChatNotReadable");
        return TypedResults.Ok(list.Select(n => new NoteItem(n.Id, n.AuthorName, n.Text, n.CreatedAt)).ToList());
    }

    private static async Task<IResult> AddNoteAsync(HttpContext http, long chatId, NoteRequest body, ChatNotes notes, CancellationToken ct)
    {
        var text = ApiProblems.Text(http.Request);
        return await notes.AddAsync(Actor(http), chatId, body.Text, ct) switch
        {
            NoteOutcome.Added => TypedResults.Created($"/api/v1/staff/chats/{chatId}/notes"),
            NoteOutcome.Empty => ApiProblems.Invalid("text", text["NoteEmpty"], text),
            NoteOutcome.TooLong => ApiProblems.Invalid("text", text.Format("NoteTooLong", ChatNote.MaxLength), text),
            _ => Refused(http, StatusCodes.Status404NotFound, "ChatNotReadable"),
        };
    }
}
