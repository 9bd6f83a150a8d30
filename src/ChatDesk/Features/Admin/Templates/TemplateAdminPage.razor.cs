using ChatDesk.Features.Email;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.Admin.Templates;

/// <summary>The list of reply templates, or the one being edited. Every change goes through
/// <see cref="TemplateAdmin"/>, which checks the Actor again.</summary>
public sealed partial class TemplateAdminPage : AdminPageBase
{
    private IReadOnlyList<TemplateRow> templates = [];
    private IReadOnlyList<SystemSlot> missing = [];
    private ReplyTemplate? editing;
    private string? notice;

    [Inject] private TemplateAdmin Admin { get; set; } = default!;

    private ContentAdminText T => ContentAdminText.For(Text.Language);

    protected override Task LoadAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        templates = await Admin.ListAsync(Actor, Aborted);
        missing = await Admin.MissingSystemTemplatesAsync(Actor, Aborted);
    }

    private void New()
    {
        notice = null;
        editing = new ReplyTemplate { Language = Text.Language };
    }

    private void CreateMissing(SystemSlot slot)
    {
        notice = null;
        editing = TemplateAdmin.BuiltIn(slot);
    }

    private async Task EditAsync(int id)
    {
        notice = null;
        editing = await Admin.GetAsync(Actor, id, Aborted);
        if (editing is null)
        {
            notice = T["TemplateMissing"];
            await ReloadAsync();
        }
    }

    private async Task DoneAsync(string message)
    {
        (editing, notice) = (null, message);
        await ReloadAsync();
    }
}
