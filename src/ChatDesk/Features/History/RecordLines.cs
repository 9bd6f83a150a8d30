using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.History;

/// <summary>A chat's messages and internal notes as one timeline for staff.</summary>
public static class RecordLines
{
    /// <summary>By time; a note written in the same tick as a message comes after it (it was written about it).</summary>
    public static IReadOnlyList<RecordLine> Merge(IEnumerable<ChatMessage> messages, IEnumerable<ChatNote> notes) =>
        messages.OrderBy(m => m.Sequence).Select(m => (Line: FromMessage(m), Order: 0))
            .Concat(notes.OrderBy(n => n.Id).Select(n => (Line: new RecordLine(n.CreatedAt, RecordLineKind.Note, n.AuthorName, n.Text), Order: 1)))
            .OrderBy(x => x.Line.At).ThenBy(x => x.Order)
            .Select(x => x.Line).ToList();

    private static RecordLine FromMessage(ChatMessage m) => new(m.SentAt, m.Author switch
    {
        AuthorKind.Customer => RecordLineKind.Customer,
        AuthorKind.Agent => RecordLineKind.Agent,
        _ => RecordLineKind.System,
    }, m.AuthorName, m.Text, m.Kind == MessageKind.Attachment ? m : null);
}
