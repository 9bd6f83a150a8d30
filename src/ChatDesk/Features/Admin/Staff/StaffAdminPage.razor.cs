using ChatDesk.Features.Admin.Shared;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.Admin.Staff;

public sealed partial class StaffAdminPage : AdminPageBase
{
    private IReadOnlyList<StaffListItem>? users;
    private StaffUserForm? editing;
    private string? editingId;
    private StaffListItem? resetting;
    private string? generated;
    private IReadOnlyList<ValidationFailure> errors = [];
    private string status = "";

    [Inject] private StaffAdmin Staff { get; set; } = default!;
    [Inject] private MudBlazor.IDialogService Dialogs { get; set; } = default!;

    private StaffAdminText T => StaffAdminText.For(Text.Language);

    protected override async Task LoadAsync() => users = await Staff.ListAsync(Actor, Aborted);

    private void StartNew()
    {
        CloseReset();
        (editing, editingId, errors, status) = (new StaffUserForm { Roles = [StaffRoles.Agent] }, null, [], "");
    }

    private void StartEdit(StaffListItem user)
    {
        CloseReset();
        (editing, editingId, errors, status) = (user.ToForm(), user.Id, [], "");
    }

    private void CloseEditor() => (editing, editingId, errors) = (null, null, []);

    private void StartReset(StaffListItem user)
    {
        CloseEditor();
        (resetting, generated, errors, status) = (user, null, [], "");
    }

    private void CloseReset() => (resetting, generated, errors) = (null, null, []);

    private async Task SaveAsync()
    {
        if (editing is null) return;
        var form = editing;
        var result = await ValidationText.UnderAsync(T.Culture, () => editingId is null
            ? Staff.CreateAsync(Actor, form, Aborted)
            : Staff.UpdateAsync(Actor, editingId, form, Aborted));
        // On errors the form stays open with everything typed, and each error shows at its field.
        if (!result.Succeeded)
        {
            errors = result.Errors;
            return;
        }
        status = T.Format(editingId is null ? "Created" : "Saved", editing.UserName);
        CloseEditor();
        await LoadAsync();
    }

    private async Task SetPasswordAsync(string? password)
    {
        if (resetting is null) return;
        var (who, id) = (Actor, resetting.Id);
        var result = await ValidationText.UnderAsync(T.Culture, () => Staff.ResetPasswordAsync(who, id, password, Aborted));
        errors = result.Errors;
        if (!result.Succeeded) return;
        generated = result.GeneratedPassword;
        status = T.Format("PasswordSet", resetting.UserName);
        if (generated is null) CloseReset();
    }

    private async Task SetDisabledAsync(StaffListItem user, bool disabled)
    {
        // Disabling signs the person out at once and leaves their chats to others, so it is asked first.
        if (disabled && !await ConfirmDialog.AskAsync(Dialogs, ConfirmDisable(user))) return;
        var result = await Staff.SetDisabledAsync(Actor, user.Id, disabled, Aborted);
        status = result.Succeeded
            ? T.Format(disabled ? "DisabledDone" : "EnabledDone", user.UserName)
            : string.Join(" ", result.Errors.Select(e => e.ErrorMessage));
        await LoadAsync();
    }

    private Confirmation ConfirmDisable(StaffListItem user)
    {
        var text = AdminToolsText.For(Text.Language);
        return new(text.Format("DisableTitle", user.UserName), text.Format("DisableMessage", user.DisplayName, user.UserName),
            text["DisableConfirm"], text["Cancel"], Destructive: true);
    }
}
