using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Templates;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Features.Admin.Faq;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Admin.Templates;

public sealed class TemplateAdminTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly TemplateAdmin admin;
    private readonly ReplyTemplate transcriptEn;

    public TemplateAdminTests()
    {
        admin = new TemplateAdmin(database, new AuditLog(database, new FakeTimeProvider()));
        transcriptEn = Save(TemplateAdmin.BuiltIn(new SystemSlot(SystemTemplate.ChatTranscript, "en")));
    }

    public void Dispose() => database.Dispose();

    private ReplyTemplate Save(ReplyTemplate template)
    {
        using var db = database.CreateDbContext();
        db.ReplyTemplates.Add(template);
        db.SaveChanges();
        return template;
    }

    private List<ReplyTemplate> Stored()
    {
        using var db = database.CreateDbContext();
        return [.. db.ReplyTemplates.AsNoTracking().OrderBy(t => t.Id)];
    }

    private List<AuditEntry> Audit()
    {
        using var db = database.CreateDbContext();
        return [.. db.AuditEntries.AsNoTracking().OrderBy(e => e.Id)];
    }

    private static ReplyTemplate Greeting() => new() { Name = "Greeting", Language = "en", Body = "Hi {customer.name}!" };

    [Fact]
    public async Task AgentsAndSupervisorsAreRefusedEveryTemplateAction()
    {
        foreach (var actor in new[] { FaqAdminWorld.Agent, FaqAdminWorld.Supervisor })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.ListAsync(actor, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.GetAsync(actor, transcriptEn.Id, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.MissingSystemTemplatesAsync(actor, default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.SaveAsync(actor, Greeting(), default));
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.DeleteAsync(actor, transcriptEn.Id, default));
        }
        Assert.Single(Stored());
        Assert.Empty(Audit());
    }

    [Fact]
    public async Task ASystemTemplateCanBeEditedButNotDeleted()
    {
        var edit = (await admin.GetAsync(FaqAdminWorld.Admin, transcriptEn.Id, default))!;
        edit.Subject = "Your chat with {channel.name}";

        var saved = await admin.SaveAsync(FaqAdminWorld.Admin, edit, default);
        var deleted = await admin.DeleteAsync(FaqAdminWorld.Admin, transcriptEn.Id, default);

        Assert.True(saved.Succeeded);
        Assert.Equal(TemplateAdminErrors.SystemNotDeletable, Assert.Single(deleted.Errors).ErrorCode);
        Assert.Equal("Your chat with {channel.name}", Assert.Single(Stored()).Subject);
        Assert.Equal(["updated"], Audit().Select(e => e.Action));
    }

    [Fact]
    public async Task ASystemTemplateKeepsItsKindAndLanguageSoOneStaysForEachLanguage()
    {
        var toSwedish = (await admin.GetAsync(FaqAdminWorld.Admin, transcriptEn.Id, default))!;
        toSwedish.Language = "sv";
        var toReply = (await admin.GetAsync(FaqAdminWorld.Admin, transcriptEn.Id, default))!;
        toReply.System = null;
        var second = TemplateAdmin.BuiltIn(new SystemSlot(SystemTemplate.ChatTranscript, "en"));

        var outcomes = new[]
        {
            await admin.SaveAsync(FaqAdminWorld.Admin, toSwedish, default),
            await admin.SaveAsync(FaqAdminWorld.Admin, toReply, default),
            await admin.SaveAsync(FaqAdminWorld.Admin, second, default),
        };

        Assert.Equal(
            [("Language", TemplateAdminErrors.SystemFixed), ("System", TemplateAdminErrors.SystemFixed), ("System", TemplateAdminErrors.SystemSlotTaken)],
            outcomes.Select(o => (o.Errors[0].PropertyName, o.Errors[0].ErrorCode)));
        var stored = Assert.Single(Stored());
        Assert.Equal((SystemTemplate.ChatTranscript, "en"), (stored.System!.Value, stored.Language));
    }

    [Fact]
    public async Task MissingSystemTemplatesAreListedAndCanBeCreatedFromTheBuiltInText()
    {
        var missing = await admin.MissingSystemTemplatesAsync(FaqAdminWorld.Admin, default);
        Assert.Equal(3, missing.Count);
        Assert.DoesNotContain(new SystemSlot(SystemTemplate.ChatTranscript, "en"), missing);

        var created = await admin.SaveAsync(FaqAdminWorld.Admin, TemplateAdmin.BuiltIn(new SystemSlot(SystemTemplate.TicketConfirmation, "sv")), default);

        Assert.True(created.Succeeded);
        Assert.Equal(2, (await admin.MissingSystemTemplatesAsync(FaqAdminWorld.Admin, default)).Count);
        Assert.Equal("Ärendebekräftelse", Stored().Single(t => t.Id == created.Id).Name);
    }

    [Fact]
    public async Task CreatingEditingAndDeletingAReplyTemplateIsAudited()
    {
        var id = (await admin.SaveAsync(FaqAdminWorld.Admin, Greeting(), default)).Id;
        var edit = (await admin.GetAsync(FaqAdminWorld.Admin, id, default))!;
        (edit.Name, edit.Body) = ("Hello", "Hello {customer.name}, I'm {agent.name}.");
        await admin.SaveAsync(FaqAdminWorld.Admin, edit, default);
        var deleted = await admin.DeleteAsync(FaqAdminWorld.Admin, id, default);

        Assert.True(deleted.Succeeded);
        Assert.Equal(
            [
                ("template", "created", "template \"Greeting\" (en)"),
                ("template", "updated", "template \"Greeting\" (en)"),
                ("template", "deleted", "template \"Hello\" (en)"),
            ],
            Audit().Select(e => (e.Area, e.Action, e.Subject)));
        Assert.Equal("Name: Greeting → Hello; Body: changed (19 → 40 characters)", Audit()[1].Details);
        Assert.All(Audit(), e => Assert.Equal("Maja Lindberg", e.ActorName));
        Assert.Single(Stored());
    }

    [Fact]
    public async Task AnInvalidTemplateIsRefusedWithErrorsAtItsFields()
    {
        var change = await admin.SaveAsync(FaqAdminWorld.Admin,
            new ReplyTemplate { Name = "", Language = "fi", Body = "", System = SystemTemplate.TicketConfirmation }, default);

        Assert.Equal(["Body", "Language", "Name", "Subject"], change.Errors.Select(e => e.PropertyName).Order());
        Assert.Single(Stored());
        Assert.Empty(Audit());
    }
}
