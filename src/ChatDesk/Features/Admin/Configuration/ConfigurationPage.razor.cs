using ChatDesk.Components;
using ChatDesk.Features.Admin.Shared;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace ChatDesk.Features.Admin.Configuration;

public sealed partial class ConfigurationPage : CircuitComponent
{
    private const int MaxMegabytes = 5;
    private ImportResult? result;
    private string? message;
    private string? fileName;
    private bool busy;

    [Inject] private ConfigurationFile Configuration { get; set; } = default!;
    [Inject] private MudBlazor.IDialogService Dialogs { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Text { get; set; } = StaffText.For("en");

    private StaffAdminText T => StaffAdminText.For(Text.Language);
    private AdminToolsText Tools => AdminToolsText.For(Text.Language);

    private async Task ChooseAsync(IBrowserFile file)
    {
        (result, message, fileName) = (null, null, file.Name);
        var json = await ReadAsync(file);
        if (json is null)
        {
            message = T.Format("Config_TooLarge", MaxMegabytes);
            return;
        }
        var actor = StaffActor.From((await Auth).User);
        // Checked first: a file with problems is listed at once, without asking about changes it cannot make.
        var preview = await Configuration.PreviewAsync(actor, json, Aborted);
        if (preview.Counts is not { } counts)
        {
            result = ImportResult.Invalid(preview.Problems);
            message = T.Format("Config_Problems", preview.Problems.Count);
            return;
        }
        if (!await ConfirmDialog.AskAsync(Dialogs, Question(file.Name, counts)))
        {
            message = Tools["ImportCancelled"];
            return;
        }
        busy = true;
        try
        {
            result = await Configuration.ImportAsync(actor, json, Aborted);
            message = !result.Succeeded ? T.Format("Config_Problems", result.Problems.Count)
                : result.Changes.Count == 0 ? T["Config_NoChanges"]
                : T.Format("Config_Imported", result.Changes.Count);
        }
        finally
        {
            busy = false;
        }
    }

    private static async Task<string?> ReadAsync(IBrowserFile file)
    {
        try
        {
            await using var stream = file.OpenReadStream(MaxMegabytes * 1024 * 1024);
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private Confirmation Question(string name, ImportCounts counts) =>
        new(Tools.Format("ImportTitle", name), Tools["ImportMessage"], Tools["ImportConfirm"], Tools["Cancel"])
        {
            Details =
            [
                Tools.Format("ImportChannels", counts.Channels, counts.ExistingChannels),
                Tools.Format("ImportFaq", counts.FaqFolders, counts.FaqArticles),
                Tools.Format("ImportTemplates", counts.Templates),
                Tools.Format("ImportStaff", counts.Staff),
            ],
        };
}
