using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChatDesk.Features.Admin.Templates;

/// <summary>The list of reply templates, or the one being edited. Every change goes through
/// <see cref="TemplateAdmin"/>, which checks the actor again.</summary>
public sealed partial class TemplateAdminPage
{
    private StaffActor actor = new("", "", new HashSet<string>());
    private IReadOnlyList<TemplateRow> templates = [];
    private IReadOnlyList<SystemSlot> missing = [];
    private ReplyTemplate? editing;
    private string? notice;
    private bool loaded;

    [Inject] private TemplateAdmin Admin { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Text { get; set; } = StaffText.For("en");

    private ContentAdminText T => ContentAdminText.For(Text.Language);

    protected override async Task OnInitializedAsync()
    {
        actor = StaffActor.From((await Auth).User);
        await ReloadAsync();
        loaded = true;
    }

    private async Task ReloadAsync()
    {
        templates = await Admin.ListAsync(actor, CancellationToken.None);
        missing = await Admin.MissingSystemTemplatesAsync(actor, CancellationToken.None);
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
        editing = await Admin.GetAsync(actor, id, CancellationToken.None);
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
