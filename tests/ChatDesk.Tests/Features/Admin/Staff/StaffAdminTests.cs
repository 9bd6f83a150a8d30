using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Admin.Staff;

public sealed class StaffAdminTests : IAsyncLifetime
{
    private readonly AdminServices world = new();
    private StaffUser admin = default!;
    private StaffActor adminActor = default!;

    public async Task InitializeAsync()
    {
        admin = await world.AddUserAsync("boss", StaffRoles.Admin);
        adminActor = AdminServices.ActorFor(admin, StaffRoles.Admin);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    private static StaffUserForm NewAgent(string userName = "newagent") => new()
    {
        UserName = userName, Email = userName + "@example.test", DisplayName = "New Agent", Nickname = "Newbie",
        Roles = [StaffRoles.Agent], Capacity = 4, Language = "sv", Password = "Secret-Pass-9",
    };

    [Fact]
    public async Task AnAdminCreatesAUserWhoCanSignInWithTheInitialPassword()
    {
        var result = await world.Staff.CreateAsync(adminActor, NewAgent(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var listed = Assert.Single(await world.Staff.ListAsync(adminActor, CancellationToken.None), u => u.UserName == "newagent");
        Assert.Equal(("newagent@example.test", "New Agent", "Newbie", 4, "sv", false),
            (listed.Email, listed.DisplayName, listed.Nickname, listed.Capacity, listed.Language, listed.Disabled));
        Assert.Equal([StaffRoles.Agent], listed.Roles);
        Assert.True(await world.CheckPasswordAsync("newagent", "Secret-Pass-9"));
    }

    [Fact]
    public async Task AStaffNameCustomersSeeIsStoredWithoutBidiControlsOrInvisibleCharacters()
    {
        var form = NewAgent();
        form.DisplayName = "Anna\u202Enaidnah";
        form.Nickname = "\u200B\u2066Ann\u2069";

        await world.Staff.CreateAsync(adminActor, form, CancellationToken.None);

        var listed = Assert.Single(await world.Staff.ListAsync(adminActor, CancellationToken.None), u => u.UserName == "newagent");
        Assert.Equal(("Annanaidnah", "Ann"), (listed.DisplayName, listed.Nickname));
    }

    [Fact]
    public async Task ANonAdminIsRefusedEveryStaffAction()
    {
        var supervisor = await world.AddUserAsync("super", StaffRoles.Supervisor);
        var actor = AdminServices.ActorFor(supervisor, StaffRoles.Supervisor, StaffRoles.Agent);
        var ct = CancellationToken.None;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Staff.ListAsync(actor, ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Staff.CreateAsync(actor, NewAgent(), ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Staff.UpdateAsync(actor, admin.Id, NewAgent(), ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Staff.ResetPasswordAsync(actor, admin.Id, null, ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Staff.SetDisabledAsync(actor, admin.Id, true, ct));
        using var db = world.Database.CreateDbContext();
        Assert.Equal(["boss", "super"], await db.Users.OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync());
        Assert.False(await db.Users.Where(u => u.UserName == "boss").Select(u => u.Disabled).SingleAsync());
    }

    [Fact]
    public async Task AnAdminCannotDisableThemselvesOrDropTheirOwnAdminRole()
    {
        var disable = await world.Staff.SetDisabledAsync(adminActor, admin.Id, true, CancellationToken.None);
        var demote = await world.Staff.UpdateAsync(adminActor, admin.Id,
            new StaffUserForm { Email = "boss@example.test", DisplayName = "Boss", Roles = [StaffRoles.Agent], Capacity = 3, Language = "en" },
            CancellationToken.None);

        Assert.Equal([("Disabled", "You cannot disable yourself: ask another admin.")], disable.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        Assert.Equal([("Roles", "You cannot remove Admin from yourself: ask another admin.")], demote.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
        var me = Assert.Single(await world.Staff.ListAsync(adminActor, CancellationToken.None));
        Assert.False(me.Disabled);
        Assert.Equal([StaffRoles.Admin], me.Roles);
    }

    [Fact]
    public async Task AnInvalidUserIsRefusedWithAnErrorAtEachFieldAndNothingSaved()
    {
        var form = new StaffUserForm
        {
            UserName = "bad name", Email = "not-an-address", DisplayName = "", Roles = [], Capacity = 21, Language = "de", Password = "short",
        };

        var result = await world.Staff.CreateAsync(adminActor, form, CancellationToken.None);

        Assert.Equal(
            ["UserName", "Email", "DisplayName", "Roles", "Capacity", "Language", "Password"],
            result.Errors.Select(e => e.PropertyName).Distinct());
        Assert.Contains(result.Errors, e => e.PropertyName == "Password" && e.ErrorMessage == "Use at least 6 characters.");
        Assert.Contains(result.Errors, e => e.PropertyName == "Password" && e.ErrorMessage == "Include a digit (0–9).");
        Assert.Single(await world.Staff.ListAsync(adminActor, CancellationToken.None));
    }

    [Fact]
    public async Task ATakenUserNameIsRefusedAtTheUserNameField()
    {
        var result = await world.Staff.CreateAsync(adminActor, NewAgent("BOSS"), CancellationToken.None);

        Assert.Equal([("UserName", "'BOSS' is taken.")], result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public async Task ChangesAreAuditedWithWhatChangedAndNeverThePassword()
    {
        var created = await world.Staff.CreateAsync(adminActor, NewAgent(), CancellationToken.None);
        var form = NewAgent();
        form.Capacity = 6;
        form.Roles = [StaffRoles.Agent, StaffRoles.Supervisor];
        await world.Staff.UpdateAsync(adminActor, created.UserId!, form, CancellationToken.None);
        await world.Staff.ResetPasswordAsync(adminActor, created.UserId!, "Other-Pass-7", CancellationToken.None);
        var generated = await world.Staff.ResetPasswordAsync(adminActor, created.UserId!, null, CancellationToken.None);
        await world.Staff.SetDisabledAsync(adminActor, created.UserId!, true, CancellationToken.None);

        var entries = await world.Audit.LatestAsync(adminActor, "staff", 10, CancellationToken.None);
        Assert.Equal(
            [
                ("disabled", "Disabled: False → True"),
                ("password-reset", "Generated password shown to the admin"),
                ("password-reset", "Password set by the admin"),
                ("updated", "Roles: Agent → Supervisor, Agent; Capacity: 4 → 6"),
                ("created", "Email: newagent@example.test; DisplayName: New Agent; Nickname: Newbie; Roles: Agent; Capacity: 4; Language: sv"),
            ],
            entries.Select(e => (e.Action, e.Details)));
        Assert.All(entries, e => Assert.Equal(("boss", admin.Id, "user newagent"), (e.ActorName, e.ActorUserId, e.Subject)));
        Assert.All(entries, e => Assert.DoesNotContain("Secret-Pass-9", e.Details));
        Assert.All(entries, e => Assert.DoesNotContain("Other-Pass-7", e.Details));
        Assert.All(entries, e => Assert.DoesNotContain(generated.GeneratedPassword!, e.Details));
    }

    [Fact]
    public async Task AGeneratedPasswordMeetsThePolicyAndWorks()
    {
        var user = await world.AddUserAsync("worker", StaffRoles.Agent);

        var reset = await world.Staff.ResetPasswordAsync(adminActor, user.Id, null, CancellationToken.None);

        Assert.True(reset.Succeeded);
        Assert.True(await world.CheckPasswordAsync("worker", reset.GeneratedPassword!));
        Assert.False(await world.CheckPasswordAsync("worker", "Start-Pass-1"));
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedAtThePasswordField()
    {
        var user = await world.AddUserAsync("worker", StaffRoles.Agent);

        var reset = await world.Staff.ResetPasswordAsync(adminActor, user.Id, "alllowercase", CancellationToken.None);

        Assert.Equal(
            ["Include a digit (0–9).", "Include an upper-case letter (A–Z).", "Include a character that is not a letter or digit."],
            reset.Errors.Select(e => e.ErrorMessage));
        Assert.True(await world.CheckPasswordAsync("worker", "Start-Pass-1"));
    }

    [Fact]
    public async Task DisablingAUserEndsTheirSessionsAndChangesTheirSecurityStamp()
    {
        var user = await world.AddUserAsync("worker", StaffRoles.Agent);
        var issued = DateTimeOffset.UtcNow.AddMinutes(-1);

        var result = await world.Staff.SetDisabledAsync(adminActor, user.Id, true, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal([user.Id], world.Events.Published.OfType<StaffSessionEnded>().Where(e => e.Refuse).Select(e => e.UserId));
        Assert.True(world.Sessions.WasEnded(user.Id, issued));
        using var db = world.Database.CreateDbContext();
        var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
        Assert.True(stored.Disabled);
        Assert.NotEqual(user.SecurityStamp, stored.SecurityStamp);
    }
}
