using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Admin.Templates;

/// <summary>Edits a copy of one template beside its placeholders and a live preview. An invalid save keeps
/// everything typed and shows each problem at its field.</summary>
public sealed partial class TemplateEditor
{
    private static readonly ReplyTemplateValidator Rules = new();
    private IReadOnlyList<ValidationFailure> errors = [];
    private string saved = "";
    private bool busy;
    private IJSObjectReference? module;

    private const string BodyId = "template-body";

    [Inject] private TemplateAdmin Admin { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Parameter, EditorRequired] public ReplyTemplate Template { get; set; } = default!;
    [Parameter, EditorRequired] public StaffActor Actor { get; set; } = default!;
    /// <summary>Called with the notice to show after a save.</summary>
    [Parameter] public EventCallback<string> OnDone { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }
    [CascadingParameter] private StaffText Text { get; set; } = StaffText.For("en");

    private ContentAdminText T => ContentAdminText.For(Text.Language);

    private string KindValue
    {
        get => Template.System?.ToString() ?? "";
        set => Template.System = Enum.TryParse<SystemTemplate>(value, out var kind) ? kind : null;
    }

    protected override void OnInitialized() => saved = Template.Name;

    private string? FieldError(string property) => errors.For(T, property);

    /// <summary>At the caret, by the browser (only it knows where the caret is and what was typed a moment ago);
    /// where no script answers (component tests) or it fails, at the end of the body.</summary>
    private async Task InsertAsync(string token)
    {
        try
        {
            module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Admin/Templates/TemplateEditor.razor.js");
            if (module is not null && await module.InvokeAsync<bool>("insertAtCaret", BodyId, token)) return;
        }
        catch (JSException)
        {
            // The script failed to load or run: appending still gets the placeholder in.
        }
        var body = Template.Body ?? "";
        Template.Body = body.Length == 0 || char.IsWhiteSpace(body[^1]) ? body + token : body + " " + token;
    }

    public async ValueTask DisposeAsync()
    {
        // The renderer calls only DisposeAsync when both exist: cancel the I/O token too.
        Dispose();
        if (module is null) return;
        try { await module.DisposeAsync(); }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException) { }
    }

    private async Task SaveAsync()
    {
        errors = FormErrors.Check(Rules, Template, T.Culture);
        if (errors.Count > 0) return;
        busy = true;
        try
        {
            var change = await Admin.SaveAsync(Actor, Template, Aborted);
            errors = change.Errors;
            if (change.Succeeded) await OnDone.InvokeAsync(T.Format("TemplateSaved", Template.Name.Trim()));
        }
        finally
        {
            busy = false;
        }
    }
}
