using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Setup;

public enum FirstAdminOutcome { Created, Invalid, NameTaken, AdminExists }

/// <summary>Errors carry the setup form's property names ("UserName", "Password").</summary>
public sealed record FirstAdminResult(FirstAdminOutcome Outcome, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => Outcome == FirstAdminOutcome.Created;
}

/// <summary>
/// Creates an Admin account on a database that has none yet (the setup page) or for the machine's operator
/// (<c>config create-admin</c>). Creation runs one at a time, so two setup forms sent at once make one admin.
/// Once an admin exists that is remembered: the setup page never comes back in this process.
/// </summary>
public sealed class FirstAdmin(IServiceScopeFactory scopes, AuditLog audit, IOptions<IdentityOptions> identity)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private volatile bool adminExists;

    public async Task<bool> AdminExistsAsync(CancellationToken ct)
    {
        if (adminExists) return true;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        adminExists = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                             where r.Name == StaffRoles.Admin select ur).AnyAsync(ct);
        return adminExists;
    }

    /// <summary>Validation messages come in the current UI culture (<see cref="Resources.ValidationText.UnderAsync{T}"/>).
    /// With <paramref name="onlyIfNoAdmin"/> (the setup page) it refuses once any admin exists.</summary>
    public async Task<FirstAdminResult> CreateAsync(StaffActor actor, string userName, string password, bool onlyIfNoAdmin, CancellationToken ct)
    {
        var form = new StaffUserForm { UserName = userName.Trim(), DisplayName = userName.Trim(), Roles = [StaffRoles.Admin], Password = password };
        var invalid = new StaffUserValidator(requirePassword: true, identity.Value.Password)
            .Validate(form, o => o.IncludeProperties(nameof(StaffUserForm.UserName), nameof(StaffUserForm.Password)));
        if (!invalid.IsValid) return new(FirstAdminOutcome.Invalid, invalid.Errors);

        await oneAtATime.WaitAsync(ct);
        try
        {
            if (onlyIfNoAdmin && await AdminExistsAsync(ct)) return new(FirstAdminOutcome.AdminExists, []);
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
            if (await users.FindByNameAsync(form.UserName) is not null) return new(FirstAdminOutcome.NameTaken, []);

            var user = new StaffUser { UserName = form.UserName, DisplayName = form.DisplayName, EmailConfirmed = true, Presence = Presence.Away };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, password);
            if (created.Succeeded) created = await users.AddToRoleAsync(user, StaffRoles.Admin);
            if (!created.Succeeded)
                return new(FirstAdminOutcome.Invalid, [.. created.Errors.Select(e => new ValidationFailure(nameof(StaffUserForm.Password), e.Description))]);
            audit.Add(db, actor, StaffAdmin.Area, "created", StaffAdmin.Subject(user), "Roles: Admin (first administrator)");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            adminExists = true;
            return new(FirstAdminOutcome.Created, []);
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
