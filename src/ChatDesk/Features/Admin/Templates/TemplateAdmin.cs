using ChatDesk.Data;
using ChatDesk.Data.Seeding;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Templates;

/// <summary>
/// Reply templates for admins. The system templates (chat transcript and ticket confirmation, one of each per
/// language) are what the app mails customers with: they can be edited but not deleted, and keep their kind and
/// language, so there stays exactly one per kind and language. A template's kind is chosen when it is created.
/// </summary>
public sealed class TemplateAdmin(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit)
{
    public const string Area = "template";
    public static readonly IReadOnlyList<string> Languages = ["en", "sv"];
    private static readonly ReplyTemplateValidator Rules = new();

    public async Task<IReadOnlyList<TemplateRow>> ListAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ReplyTemplates.AsNoTracking()
            .Select(t => new TemplateRow(t.Id, t.Name, t.Language, t.System, t.Subject)).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.System is null).ThenBy(r => r.System).ThenBy(r => r.Language)
            .ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<ReplyTemplate?> GetAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ReplyTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
    }

    /// <summary>System templates that are not stored (no demo seed): the app mails with its built-in text meanwhile.</summary>
    public async Task<IReadOnlyList<SystemSlot>> MissingSystemTemplatesAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.ReplyTemplates.AsNoTracking().Where(t => t.System != null)
            .Select(t => new SystemSlot(t.System!.Value, t.Language)).ToListAsync(ct);
        return [.. Enum.GetValues<SystemTemplate>().SelectMany(k => Languages.Select(l => new SystemSlot(k, l))).Except(stored)];
    }

    /// <summary>The built-in text of a system template, to start a missing one from.</summary>
    public static ReplyTemplate BuiltIn(SystemSlot slot)
    {
        var builtIn = DemoTemplates.All().FirstOrDefault(t => t.System == slot.Kind && t.Language == slot.Language)
            ?? DemoTemplates.All().First(t => t.System == slot.Kind);
        return new ReplyTemplate { Name = builtIn.Name, Language = slot.Language, System = slot.Kind, Subject = builtIn.Subject, Body = builtIn.Body };
    }

    /// <summary>Creates (Id 0) or updates a template.</summary>
    public async Task<TemplateChange> SaveAsync(StaffActor actor, ReplyTemplate input, CancellationToken ct)
    {
        actor.DemandAdmin();
        var check = await Rules.ValidateAsync(input, ct);
        if (!check.IsValid) return new TemplateChange(input.Id, check.Errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = input.Id == 0 ? null : await db.ReplyTemplates.FirstOrDefaultAsync(t => t.Id == input.Id, ct);
        if (input.Id != 0 && stored is null)
            return TemplateChange.Refused("", TemplateAdminErrors.TemplateMissing, "The template was deleted meanwhile.");
        if (stored is not null && (stored.System != input.System || (stored.System is not null && stored.Language != input.Language)))
            return TemplateChange.Refused(stored.System != input.System ? nameof(ReplyTemplate.System) : nameof(ReplyTemplate.Language),
                TemplateAdminErrors.SystemFixed, "A template keeps the kind it was created with, and a system template its language.");
        if (stored is null && input.System is { } kind
            && await db.ReplyTemplates.AnyAsync(t => t.System == kind && t.Language == input.Language, ct))
            return TemplateChange.Refused(nameof(ReplyTemplate.System), TemplateAdminErrors.SystemSlotTaken,
                $"There is already a {kind} template in this language; edit that one.");

        var name = input.Name.Trim();
        if (stored is null)
        {
            stored = new ReplyTemplate { System = input.System };
            db.ReplyTemplates.Add(stored);
            audit.Add(db, actor, Area, "created", Subject(name, input.Language, input.System),
                $"Subject: {input.Subject}; Body: {input.Body.Length} characters");
        }
        else
        {
            var changes = new AuditChanges()
                .Add("Name", stored.Name, name)
                .Add("Language", stored.Language, input.Language)
                .Add("Subject", stored.Subject, input.Subject)
                .AddText("Body", stored.Body, input.Body);
            if (changes.None) return TemplateChange.Done(stored.Id);
            audit.Add(db, actor, Area, "updated", Subject(stored.Name, stored.Language, stored.System), changes.ToString());
        }
        (stored.Name, stored.Language, stored.Subject, stored.Body) = (name, input.Language, input.Subject, input.Body);
        await db.SaveChangesAsync(ct);
        return TemplateChange.Done(stored.Id);
    }

    public async Task<TemplateChange> DeleteAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.ReplyTemplates.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (stored is null) return TemplateChange.Refused("", TemplateAdminErrors.TemplateMissing, "The template was deleted meanwhile.");
        if (stored.System is not null)
            return TemplateChange.Refused("", TemplateAdminErrors.SystemNotDeletable, "A system template can be edited but not deleted.");
        db.ReplyTemplates.Remove(stored);
        audit.Add(db, actor, Area, "deleted", Subject(stored.Name, stored.Language, null), $"Subject: {stored.Subject}");
        await db.SaveChangesAsync(ct);
        return TemplateChange.Done(id);
    }

    private static string Subject(string name, string language, SystemTemplate? kind) =>
        kind is { } k ? $"template \"{name}\" ({language}, system {k})" : $"template \"{name}\" ({language})";
}
