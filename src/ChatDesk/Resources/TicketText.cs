using System.Resources;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Tickets;

namespace ChatDesk.Resources;

/// <summary>The ticket pages' text, in the signed-in user's language like the rest of the staff UI.</summary>
public sealed class TicketText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.TicketText", typeof(TicketText).Assembly);

    private TicketText(string? language) : base(Strings, language) { }

    public static TicketText For(string? language) => new(language);

    public string Status(TicketStatus status) => this[$"Status_{status}"];

    public string Priority(TicketPriority priority) => this[$"Priority_{priority}"];
}
