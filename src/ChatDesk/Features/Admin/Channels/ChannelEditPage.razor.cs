using ChatDesk.Features.Channels;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>
/// Creates or edits one channel. The form edits a detached copy in memory, so switching tabs or a failed save
/// loses nothing; ChannelAdmin is the authoritative check, the local validator only clears fixed errors early.
/// </summary>
public sealed partial class ChannelEditPage
{
    private static readonly ChatChannelValidator Validator = new();

    private ChatChannel? channel;
    private string? savedSlug;
    private IReadOnlyList<StaffChoice> staff = [];
    private IReadOnlyList<FolderChoice> folders = [];
    private FieldErrors errors = FieldErrors.None;
    // Problems only the server can find (a slug another channel uses); kept until the next save.
    private List<ValidationFailure> serverErrors = [];
    /// <summary>The channel as this editor last loaded or saved it, so another admin's save is not overwritten.</summary>
    private ChatChannel? loaded;
    private bool missing, saving, triedSaving;
    private string? status;
    private StaffActor actor = default!;

    [Inject] private ChannelAdmin Admin { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] public StaffText Text { get; set; } = StaffText.For("en");
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Parameter] public int? Id { get; set; }

    private ChannelAdminText T => ChannelAdminText.For(Text.Language);

    private string Title => Id is null ? T["NewChannel"] : T.Format("EditChannel", channel?.Name ?? "");

    protected override async Task OnParametersSetAsync()
    {
        // After creating, the address changes to the new id: the form already holds what was saved.
        if (channel is not null && Id is not null && channel.Id == Id) return;
        actor = StaffActor.From((await Auth).User);
        staff = await Admin.StaffAsync(actor, Aborted);
        folders = await Admin.FaqFoldersAsync(actor, Aborted);
        if (Id is null)
        {
            channel = NewChannel();
            savedSlug = null;
            return;
        }
        channel = await Admin.GetAsync(actor, Id.Value, Aborted);
        loaded = channel is null ? null : ChannelCopy.Clone(channel);
        missing = channel is null;
        savedSlug = channel?.Slug;
    }

    private ChatChannel NewChannel() => new()
    {
        Language = Text.Language,
        Look = new WidgetLook { Header = T["DefaultHeader"] },
        Hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm",
            Days = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new DayHours { Day = d, Open = new TimeOnly(9, 0), Close = new TimeOnly(17, 0) })],
        },
    };

    /// <summary>The tab's name, with how many problems it holds after a failed save.</summary>
    private string Tab(string key, params string[] paths)
    {
        var count = errors.CountUnder(paths);
        return count == 0 ? T[key] : T.Format("TabWithErrors", T[key], count);
    }

    private Task OnChangedAsync()
    {
        status = null;
        if (triedSaving && channel is not null)
            errors = new FieldErrors([.. FormErrors.Check(Validator, channel, T.Culture), .. serverErrors]);
        return Task.CompletedTask;
    }

    private async Task SaveAsync()
    {
        if (channel is null || saving) return;
        saving = true;
        status = null;
        try
        {
            var result = await ValidationText.UnderAsync(T.Culture, () => Admin.SaveAsync(actor, channel, Aborted, loaded));
            triedSaving = !result.Saved;
            errors = new FieldErrors(result.Errors);
            serverErrors = [.. result.Errors.Where(e => e.PropertyName == nameof(ChatChannel.Slug) || e.PropertyName.StartsWith("Members[", StringComparison.Ordinal)
                || e.PropertyName == "PreChat.FaqFolderId")];
            if (!result.Saved) return;
            var created = channel.Id == 0;
            channel.Id = result.Id;
            foreach (var member in channel.Members) member.ChannelId = result.Id;
            savedSlug = channel.Slug;
            // What the database now holds (after any normalising), not the form's copy, is the next save's baseline.
            loaded = await Admin.GetAsync(actor, result.Id, Aborted);
            status = T["Saved"];
            if (created) Navigation.NavigateTo($"/admin/channels/{result.Id}", replace: true);
        }
        finally
        {
            saving = false;
        }
    }
}
