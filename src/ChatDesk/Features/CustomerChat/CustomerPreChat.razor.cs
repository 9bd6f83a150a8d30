using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;

namespace ChatDesk.Features.CustomerChat;

public sealed partial class CustomerPreChat
{
    private static readonly (CustomerFields Flag, string Field, string Id, string Auto)[] OptionalFields =
    [
        (CustomerFields.Company, "Company", "company", "organization"),
        (CustomerFields.Phone, "Phone", "phone", "tel"),
        (CustomerFields.Country, "Country", "country", "country-name"),
    ];

    private readonly Dictionary<string, string?> errors = [];
    private bool checkingEmail;
    private bool busy;
    private string? normalizedEmail;

    [Parameter, EditorRequired] public ChatChannel Channel { get; set; } = default!;
    [Parameter, EditorRequired] public CustomerText Text { get; set; } = default!;
    [Parameter] public PreChatInput Input { get; set; } = new();
    [Parameter] public CustomerFields Required { get; set; } = CustomerFields.Name | CustomerFields.Email;

    /// <summary>False when the channel's pre-chat form is off: only the question is asked.</summary>
    [Parameter] public bool AskDetails { get; set; } = true;
    [Parameter] public bool ShowQuestion { get; set; } = true;
    [Parameter] public string SubmitText { get; set; } = "";
    /// <summary>The line above the fields; null shows the pre-chat form's message (which may promise an agent, so the
    /// request form passes its own), "" none.</summary>
    [Parameter] public string? Message { get; set; }
    [Parameter] public string? Failure { get; set; }
    /// <summary>Called with the checked input and the normalised e-mail address.</summary>
    [Parameter] public Func<PreChatInput, string, Task>? OnSubmit { get; set; }
    /// <summary>Instead of <see cref="OnSubmit"/>: false when the submission was refused, so the question stays in its box.</summary>
    [Parameter] public Func<PreChatInput, string, Task<bool>>? OnTrySubmit { get; set; }
    /// <summary>More inside the form, before the question (the request form's hidden field).</summary>
    [Parameter] public RenderFragment? Extra { get; set; }

    private bool Needs(CustomerFields field) => Required.HasFlag(field);
    // The required mark after a label.
    private string Star(CustomerFields field) => Needs(field) ? " *" : "";
    private string? ErrorFor(string field) => errors.GetValueOrDefault(field);
    private string? Invalid(string field) => errors.GetValueOrDefault(field) is null ? null : "true";

    private void Check(string field) => errors[field] = Input.Validate(field, Required, Text);

    private string Value(string field) => field switch
    {
        "Company" => Input.Company, "Phone" => Input.Phone, _ => Input.Country,
    };

    private void SetValue(string field, object? value)
    {
        var text = value?.ToString() ?? "";
        if (field == "Company") Input.Company = text;
        else if (field == "Phone") Input.Phone = text;
        else Input.Country = text;
    }

    private async Task CheckEmailAsync()
    {
        Check("Email");
        if (errors["Email"] is not null || string.IsNullOrWhiteSpace(Input.Email)) return;
        checkingEmail = true;
        StateHasChanged();
        try
        {
            var result = await EmailCheck.CheckAsync(Input.Email, Aborted);
            normalizedEmail = result.Accepted ? result.Normalized : null;
            errors["Email"] = EmailCheckText.Describe(result, Text);
        }
        finally
        {
            checkingEmail = false;
        }
    }

    // A question the form refuses goes back into the box for the customer to fix and send again.
    private async Task<ComposerOutcome> SubmitQuestionAsync(string question, Guid _)
    {
        Input.Question = question;
        return await SubmitCoreAsync() ? ComposerOutcome.Accepted : ComposerOutcome.Refused;
    }

    private Task SubmitAsync() => SubmitCoreAsync();

    private async Task<bool> SubmitCoreAsync()
    {
        if (busy) return false;
        foreach (var field in PreChatInput.Fields)
        {
            if (field == "Question" && !ShowQuestion) continue;
            Check(field);
        }
        if (errors.Values.Any(e => e is not null))
        {
            StateHasChanged();
            return false;
        }
        busy = true;
        try
        {
            await CheckEmailAsync();
            if (errors["Email"] is not null) return false;
            var email = normalizedEmail ?? Input.Email.Trim();
            if (OnTrySubmit is not null) return await OnTrySubmit(Input, email);
            if (OnSubmit is not null) await OnSubmit(Input, email);
            return true;
        }
        finally
        {
            busy = false;
            // Reached from the composer's keyboard callback, which re-renders only the composer.
            StateHasChanged();
        }
    }
}
