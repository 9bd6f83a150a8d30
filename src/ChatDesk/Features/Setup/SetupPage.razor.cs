using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ChatDesk.Features.Setup;

public sealed partial class SetupPage
{
    private static readonly StaffActor SetupActor = new("", "setup page", new HashSet<string> { StaffRoles.Admin });

    private EditContext? editContext;
    private ValidationMessageStore? messages;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private SetupInput? Input { get; set; }

    private SetupText T => SetupText.ForBrowser(HttpContext.Request);

    private bool HasErrors => editContext?.GetValidationMessages().Any() == true;

    protected override void OnInitialized()
    {
        Input ??= new();
        // The form's own validation state, so each input gets aria-invalid and the "invalid" class from Blazor.
        editContext = new EditContext(Input);
        messages = new ValidationMessageStore(editContext);
    }

    private async Task CreateAsync()
    {
        if (Input is null) return;
        messages!.Clear();
        if (string.IsNullOrWhiteSpace(Input.UserName)) Add(nameof(SetupInput.UserName), T["UserNameRequired"]);
        if (string.IsNullOrEmpty(Input.Password)) Add(nameof(SetupInput.Password), T["PasswordRequired"]);
        else if (Input.Password != Input.ConfirmPassword) Add(nameof(SetupInput.ConfirmPassword), T["PasswordsDiffer"]);
        if (HasErrors) return;

        var result = await ValidationText.UnderAsync(T.Culture, () =>
            FirstAdmin.CreateAsync(SetupActor, Input.UserName, Input.Password, onlyIfNoAdmin: true, HttpContext.RequestAborted));
        switch (result.Outcome)
        {
            case FirstAdminOutcome.Created:
            case FirstAdminOutcome.AdminExists:
                // Either way this page is gone now: the administrator signs in like everyone else.
                Navigation.NavigateTo("/account/login", forceLoad: true);
                break;
            case FirstAdminOutcome.NameTaken:
                Add(nameof(SetupInput.UserName), T.Format("NameTaken", Input.UserName.Trim()));
                break;
            default:
                foreach (var error in result.Errors) Add(error.PropertyName, error.ErrorMessage);
                break;
        }
    }

    private void Add(string property, string message) => messages!.Add(editContext!.Field(property), message);

    private IEnumerable<string> Messages(string property) => editContext!.GetValidationMessages(editContext.Field(property));

    private string? Described(string property, string? help = null)
    {
        var ids = new[] { help, Messages(property).Any() ? ErrorId(property) : null }.OfType<string>().ToArray();
        return ids.Length == 0 ? null : string.Join(' ', ids);
    }

    private static string ErrorId(string property) => property switch
    {
        nameof(SetupInput.UserName) => "setup-username-error",
        nameof(SetupInput.Password) => "setup-password-error",
        _ => "setup-confirm-error",
    };

    private sealed class SetupInput
    {
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }
}
