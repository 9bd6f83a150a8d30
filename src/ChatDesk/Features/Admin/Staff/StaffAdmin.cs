using ChatDesk.Features.Conversations;
using ChatDesk.Data;
using ChatDesk.Features.Identity;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Admin.Staff;

/// <summary>
/// Creates and changes staff users for admins. Each operation runs in its own scope, where Identity's stores and
/// the audit entry share one context, so the change and its audit record commit together. Passwords are never
/// written to the audit log.
/// </summary>
public sealed class StaffAdmin(IServiceScopeFactory scopes, AuditLog audit, StaffSessions sessions, IOptions<IdentityOptions> identity,
    DisabledAgentChats released)
{
    public const string Area = "staff";

    public async Task<IReadOnlyList<StaffListItem>> ListAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        return [.. users.Select(u => new StaffListItem(u.Id, u.UserName ?? "", u.Email ?? "", u.DisplayName, u.Nickname,
            [.. StaffRoles.All.Where(byUser[u.Id].Contains)], u.Capacity, u.Language, u.Disabled, u.PhotoUrl))];
    }

    public async Task<StaffResult> CreateAsync(StaffActor actor, StaffUserForm form, CancellationToken ct)
    {
        actor.DemandAdmin();
        var invalid = new StaffUserValidator(requirePassword: true, identity.Value.Password).Validate(form);
        if (!invalid.IsValid) return new StaffResult(invalid.Errors);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        if (await users.FindByNameAsync(form.UserName) is not null)
            return StaffResult.Fail(nameof(StaffUserForm.UserName), $"'{form.UserName}' is taken.");

        var user = new StaffUser { UserName = form.UserName, EmailConfirmed = true };
        Apply(form, user);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded) return IdentityErrors(created, nameof(StaffUserForm.Password));
        var roles = await users.AddToRolesAsync(user, form.Roles);
        if (!roles.Succeeded) return IdentityErrors(roles, nameof(StaffUserForm.Roles));
        audit.Add(db, actor, Area, "created", Subject(user), Describe(form));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StaffResult.Ok(user.Id);
    }

    /// <summary>Changes everything but the user name, the password and the disabled flag (each has its own action).</summary>
    public async Task<StaffResult> UpdateAsync(StaffActor actor, string userId, StaffUserForm form, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return StaffResult.Fail("", "This user no longer exists.");
        form.UserName = user.UserName ?? "";
        var invalid = new StaffUserValidator().Validate(form);
        if (!invalid.IsValid) return new StaffResult(invalid.Errors);
        if (userId == actor.UserId && !form.Roles.Contains(StaffRoles.Admin))
            return StaffResult.Fail(nameof(StaffUserForm.Roles), "You cannot remove Admin from yourself: ask another admin.");

        var oldRoles = StaffRoles.All.Where((await users.GetRolesAsync(user)).Contains).ToList();
        var newRoles = StaffRoles.All.Where(form.Roles.Contains).ToList();
        var changes = Changes(user, oldRoles, form, newRoles);
        if (changes.Count == 0) return StaffResult.Ok(user.Id);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Apply(form, user);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return IdentityErrors(updated, "");
        if (!oldRoles.SequenceEqual(newRoles))
        {
            await users.RemoveFromRolesAsync(user, oldRoles.Except(newRoles));
            await users.AddToRolesAsync(user, newRoles.Except(oldRoles));
            // Role claims live in the cookie: a new stamp makes the user sign in again with the new roles.
            if (userId != actor.UserId) await users.UpdateSecurityStampAsync(user);
        }
        audit.Add(db, actor, Area, "updated", Subject(user), string.Join("; ", changes));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return StaffResult.Ok(user.Id);
    }

    /// <summary>Sets <paramref name="newPassword"/>, or a generated one (returned once) when it is null.</summary>
    public async Task<PasswordResetResult> ResetPasswordAsync(StaffActor actor, string userId, string? newPassword, CancellationToken ct)
    {
        actor.DemandAdmin();
        var generated = newPassword is null;
        var password = newPassword ?? StaffPasswords.Generate();
        var problems = StaffPasswords.Problems(password, identity.Value.Password)
            .Select(p => new ValidationFailure(nameof(StaffUserForm.Password), p)).ToList();
        if (problems.Count > 0) return new PasswordResetResult(problems);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return new PasswordResetResult([new ValidationFailure("", "This user no longer exists.")]);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await users.HasPasswordAsync(user)) await users.RemovePasswordAsync(user);
        var set = await users.AddPasswordAsync(user, password);
        if (!set.Succeeded)
            return new PasswordResetResult([.. set.Errors.Select(e => new ValidationFailure(nameof(StaffUserForm.Password), e.Description))]);
        // A locked-out user whose password an admin resets can use the new one at once.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Add(db, actor, Area, "password-reset", Subject(user), generated ? "Generated password shown to the admin" : "Password set by the admin");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new PasswordResetResult([], generated ? password : null);
    }

    /// <summary>Disabling ends the user's sessions at once, keeps them from signing in, ends their presence and returns
    /// their chats to the front of the queue.</summary>
    public async Task<StaffResult> SetDisabledAsync(StaffActor actor, string userId, bool disabled, CancellationToken ct)
    {
        actor.DemandAdmin();
        if (disabled && userId == actor.UserId)
            return StaffResult.Fail(nameof(StaffUserForm.Disabled), "You cannot disable yourself: ask another admin.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return StaffResult.Fail("", "This user no longer exists.");
        if (user.Disabled == disabled) return StaffResult.Ok(user.Id);

        user.Disabled = disabled;
        audit.Add(db, actor, Area, disabled ? "disabled" : "enabled", Subject(user), $"Disabled: {!disabled} → {disabled}");
        // UpdateSecurityStampAsync saves the user, the new stamp and the audit entry in one SaveChanges.
        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded) return IdentityErrors(saved, "");
        if (disabled)
        {
            sessions.End(user.Id);
            await released.ReleaseAsync(user.Id, ct);
        }
        else sessions.Resume(user.Id);
        return StaffResult.Ok(user.Id);
    }

    internal static void Apply(StaffUserForm form, StaffUser user)
    {
        user.Email = form.Email.Trim();
        user.DisplayName = ChatText.CleanLine(form.DisplayName, 200);
        user.Nickname = ChatText.IsBlank(form.Nickname) ? null : ChatText.CleanLine(form.Nickname, 100);
        user.Capacity = form.Capacity;
        user.Language = form.Language;
    }

    internal static string Subject(StaffUser user) => $"user {user.UserName}";

    internal static string Describe(StaffUserForm form) =>
        $"Email: {form.Email}; DisplayName: {form.DisplayName}; Nickname: {form.Nickname}; Roles: {string.Join(", ", form.Roles)}; " +
        $"Capacity: {form.Capacity}; Language: {form.Language}";

    internal static List<string> Changes(StaffUser user, IReadOnlyList<string> oldRoles, StaffUserForm form, IReadOnlyList<string> newRoles)
    {
        var changes = new List<string>();
        void Compare(string name, object? before, object? after)
        {
            if (!Equals(before, after)) changes.Add($"{name}: {before} → {after}");
        }
        Compare("Email", user.Email, form.Email.Trim());
        Compare("DisplayName", user.DisplayName, ChatText.CleanLine(form.DisplayName, 200));
        Compare("Nickname", user.Nickname, ChatText.IsBlank(form.Nickname) ? null : ChatText.CleanLine(form.Nickname, 100));
        Compare("Roles", string.Join(", ", oldRoles), string.Join(", ", newRoles));
        Compare("Capacity", user.Capacity, form.Capacity);
        Compare("Language", user.Language, form.Language);
        return changes;
    }

    private static StaffResult IdentityErrors(IdentityResult result, string property) =>
        new([.. result.Errors.Select(e => new ValidationFailure(property, e.Description))]);
}
