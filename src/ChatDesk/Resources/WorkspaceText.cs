using System.Resources;

namespace ChatDesk.Resources;

/// <summary>The workspace's side sheets, shortcuts and presence control, in the signed-in user's language.</summary>
public sealed class WorkspaceText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.WorkspaceText", typeof(WorkspaceText).Assembly);

    private WorkspaceText(string? language) : base(Strings, language) { }

    public static WorkspaceText For(string? language) => new(language);
}
