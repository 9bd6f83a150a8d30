using System.Resources;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Resources;

/// <summary>The listen-in pages' text, in the signed-in user's language like the rest of the staff UI.</summary>
public sealed class ListenInText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ListenInText", typeof(ListenInText).Assembly);

    private ListenInText(string? language) : base(Strings, language) { }

    public static ListenInText For(string? language) => new(language);

    public string Status(SessionStatus status) => status switch
    {
        SessionStatus.Queued or SessionStatus.Active or SessionStatus.Ended => this[$"Status_{status}"],
        _ => this["Status_Other"],
    };
}
