using System.Resources;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.History;

namespace ChatDesk.Resources;

/// <summary>Conversation history, search and internal notes, in the signed-in user's language.</summary>
public sealed class HistoryText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.HistoryText", typeof(HistoryText).Assembly);

    private HistoryText(string? language) : base(Strings, language) { }

    public static HistoryText For(string? language) => new(language);

    public string Status(SessionStatus status) => this[$"Status_{status}"];

    public string Problem(SearchProblem problem) => problem switch
    {
        SearchProblem.DatesReversed => this["DatesReversed"],
        SearchProblem.TooLong => Format("TermTooLong", ConversationSearch.MaxTermLength),
        _ => "",
    };

    public string Note(NoteOutcome outcome) => outcome switch
    {
        NoteOutcome.Empty => this["NoteEmpty"],
        NoteOutcome.TooLong => Format("NoteTooLong", ChatNote.MaxLength),
        NoteOutcome.NotAllowed => this["NoteNotAllowed"],
        _ => this["NoteAdded"],
    };

    public string Line(RecordLineKind kind) => this[$"Line_{kind}"];
}
