using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Api;

/// <summary>A token as the tokens page lists it (never the secret, which is shown once at creation).</summary>
public sealed record TokenListing(int Id, string UserName, string Name, TokenKind Kind, string Prefix,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A token just made: <see cref="Secret"/> is shown once and stored nowhere.</summary>
public sealed record IssuedToken(int Id, string Secret);

/// <summary>Creates, lists, revokes and checks personal access tokens. A user manages their own; an admin anyone's.
/// Every check reads the database, so a revoked token or a disabled user is refused from the next request on.</summary>
public sealed class PersonalAccessTokens(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, TimeProvider time)
{
    public const int MaxNameLength = 100;

    /// <summary>Marks our tokens, so a secret scanner (or a person) can tell one from a chat token.</summary>
    public const string SecretPrefix = "cdpat_";

    // Tokens are staff access: listed with the staff changes on the audit page.
    private const string AuditArea = "staff";

    /// <summary>Null with an error key (StaffApiText) when refused.</summary>
    public async Task<(IssuedToken? Token, string? ErrorKey)> CreateAsync(StaffActor actor, string userId, string name,
        TokenKind kind, CancellationToken ct)
    {
        if (!actor.IsAdmin && actor.UserId != userId) return (null, "TokenNotAllowed");
        var clean = ChatText.CleanLine(name ?? "", int.MaxValue);
        if (clean.Length == 0) return (null, "TokenNameRequired");
        if (clean.Length > MaxNameLength) return (null, "TokenNameTooLong");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) return (null, "TokenNotAllowed");
        var secret = SecretPrefix + ChatToken.New();
        var row = new PersonalAccessToken
        {
            UserId = userId, Name = clean, Kind = kind, TokenHash = ChatToken.Hash(secret), Prefix = secret[..12],
            CreatedAt = time.GetUtcNow(), CreatedBy = actor.Name,
        };
        db.Set<PersonalAccessToken>().Add(row);
        audit.Add(db, actor, AuditArea, "Access token created", userId, $"{clean} ({row.Prefix}…, {kind})");
        await db.SaveChangesAsync(ct);
        return (new IssuedToken(row.Id, secret), null);
    }

    /// <summary>The actor's own tokens, or with <paramref name="everyone"/> (admins only) every user's.</summary>
    public async Task<IReadOnlyList<TokenListing>> ListAsync(StaffActor actor, bool everyone, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = everyone && actor.IsAdmin;
        var rows = await db.Set<PersonalAccessToken>().AsNoTracking()
            .Where(t => all || t.UserId == actor.UserId)
            .Select(t => new { t, UserName = t.User!.UserName ?? "" }).ToListAsync(ct);
        return rows.OrderByDescending(r => r.t.CreatedAt).Select(r => new TokenListing(r.t.Id, r.UserName, r.t.Name, r.t.Kind,
            r.t.Prefix, r.t.CreatedAt, r.t.CreatedBy, r.t.LastUsedAt, r.t.RevokedAt)).ToList();
    }

    /// <summary>Revokes one token of the actor's own (or any, for an admin); false when there is none such.</summary>
    public async Task<bool> RevokeAsync(StaffActor actor, int tokenId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Set<PersonalAccessToken>().FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        if (row is null || (!actor.IsAdmin && row.UserId != actor.UserId)) return false;
        if (row.RevokedAt is not null) return true;
        row.RevokedAt = time.GetUtcNow();
        audit.Add(db, actor, AuditArea, "Access token revoked", row.UserId, $"{row.Name} ({row.Prefix}…)");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Of these token hashes, the ones that would still open the hub: not revoked, the user enabled and an
    /// agent (<see cref="StaffHubConnections"/>). One statement for every open connection.</summary>
    internal async Task<IReadOnlySet<string>> StillOpenTheHubAsync(IReadOnlyCollection<string> hashes, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var valid = await db.Set<PersonalAccessToken>().AsNoTracking()
            .Where(t => hashes.Contains(t.TokenHash) && t.RevokedAt == null && !t.User!.Disabled
                && Holding(db, StaffRoles.Agent).Any(r => r.UserId == t.UserId))
            .Select(t => t.TokenHash).ToListAsync(ct);
        return valid.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Who a presented token speaks for, with the user's roles as they are now; null for an unknown, revoked
    /// or malformed token or a disabled user.</summary>
    public async Task<(StaffActor Actor, TokenKind Kind)?> AuthenticateAsync(string? secret, CancellationToken ct)
    {
        if (secret is null || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 80) return null;
        var hash = ChatToken.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await TokenByHash.For(db)(db, hash, ct);
        if (found is null || !ChatToken.Matches(secret, found.TokenHash)) return null;
        var roles = new List<string>(3);
        if (found.Admin) roles.Add(StaffRoles.Admin);
        if (found.Supervisor) roles.Add(StaffRoles.Supervisor);
        if (found.Agent) roles.Add(StaffRoles.Agent);
        var now = time.GetUtcNow();
        // "Last used" to the minute: one write a minute per token instead of one per request.
        if (found.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
            await db.Set<PersonalAccessToken>().Where(t => t.Id == found.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        return (new StaffActor(found.UserId, found.UserName ?? "", roles.ToHashSet()), found.Kind);
    }

    private sealed record TokenRow(int Id, string UserId, TokenKind Kind, string TokenHash, DateTimeOffset? LastUsedAt,
        string? UserName, bool Admin, bool Supervisor, bool Agent);

    // The token, its user and the user's roles in one statement: every API request pays this. One flag per role
    // rather than the list of names: a collection in the projection made EF build and buffer a second result shape.
    // Compiled once: EF otherwise walks and hashes this whole expression (its three role subqueries) on every
    // request to find its cached SQL, which `perf` put at a third of the check's CPU (docs/hotpath.md, fifth round).
    // The role subqueries are written out, as a compiled query cannot call Holding.
    private static readonly CompiledPerModel<Func<ChatDeskDbContext, string, CancellationToken, Task<TokenRow?>>> TokenByHash = new(() =>
        EF.CompileAsyncQuery((ChatDeskDbContext db, string hash, CancellationToken ct) => db.Set<PersonalAccessToken>().AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && !t.User!.Disabled)
            .Select(t => new TokenRow(t.Id, t.UserId, t.Kind, t.TokenHash, t.LastUsedAt, t.User!.UserName,
                db.UserRoles.Any(r => r.UserId == t.UserId && db.Roles.Any(n => n.Id == r.RoleId && n.Name == StaffRoles.Admin)),
                db.UserRoles.Any(r => r.UserId == t.UserId && db.Roles.Any(n => n.Id == r.RoleId && n.Name == StaffRoles.Supervisor)),
                db.UserRoles.Any(r => r.UserId == t.UserId && db.Roles.Any(n => n.Id == r.RoleId && n.Name == StaffRoles.Agent))))
            .FirstOrDefault()));

    // The user-role rows of one role: a subquery EF inlines where a query uses it.
    private static IQueryable<IdentityUserRole<string>> Holding(ChatDeskDbContext db, string role) =>
        db.UserRoles.Where(r => db.Roles.Any(n => n.Id == r.RoleId && n.Name == role));
}
