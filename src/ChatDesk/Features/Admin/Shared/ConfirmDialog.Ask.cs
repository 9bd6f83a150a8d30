namespace ChatDesk.Features.Admin.Shared;

/// <summary>What a page asks of <see cref="ConfirmDialog"/>.</summary>
public sealed record Confirmation(string Title, string Message, string ConfirmText, string CancelText, bool Destructive = false)
{
    public IReadOnlyList<string> Details { get; init; } = [];
}

public sealed partial class ConfirmDialog
{
    private static readonly MudBlazor.DialogOptions Options = new()
    {
        CloseOnEscapeKey = true, BackdropClick = false, DefaultFocus = MudBlazor.DefaultFocus.None, MaxWidth = MudBlazor.MaxWidth.Small,
    };

    /// <summary>Shows the question and answers true only when the user chose the confirm button.</summary>
    public static async Task<bool> AskAsync(MudBlazor.IDialogService dialogs, Confirmation question)
    {
        var parameters = new MudBlazor.DialogParameters<ConfirmDialog>
        {
            { d => d.Message, question.Message },
            { d => d.Details, question.Details },
            { d => d.ConfirmText, question.ConfirmText },
            { d => d.CancelText, question.CancelText },
            { d => d.Destructive, question.Destructive },
        };
        var reference = await dialogs.ShowAsync<ConfirmDialog>(question.Title, parameters, Options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: true };
    }
}
