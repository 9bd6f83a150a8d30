using ChatDesk.Components;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ChatDesk.Features.Admin;

/// <summary>
/// What every admin page starts with: who is acting (passed to each service call, which checks the role again)
/// and the staff text in the admin's language. The page loads its data in <see cref="LoadAsync"/>.
/// </summary>
public abstract class AdminPageBase : CircuitComponent
{
    protected StaffActor Actor { get; private set; } = StaffActor.Nobody;

    protected bool Loaded { get; private set; }

    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    [CascadingParameter] protected StaffText Text { get; set; } = StaffText.For("en");

    protected override async Task OnInitializedAsync()
    {
        Actor = StaffActor.From((await Auth).User);
        await LoadAsync();
        Loaded = true;
    }

    protected abstract Task LoadAsync();
}
