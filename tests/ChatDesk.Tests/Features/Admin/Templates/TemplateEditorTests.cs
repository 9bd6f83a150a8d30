using Bunit;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Templates;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Features.Admin.Faq;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Admin.Templates;

public sealed class TemplateEditorTests : ComponentTestContext
{
    private readonly TestDatabase database = new();

    public TemplateEditorTests()
    {
        Services.AddSingleton(new TemplateAdmin(database, new AuditLog(database, TimeProvider.System)));
        Services.AddSingleton(new TemplatePreview(new TemplateRenderer()));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }

    private IRenderedComponent<TemplateEditor> Edit(ReplyTemplate template) => Render<TemplateEditor>(p => p
        .Add(e => e.Template, template).Add(e => e.Actor, FaqAdminWorld.Admin));

    [Fact]
    public void PlaceholdersFollowTheKindAndInsertIntoTheBodyAndThePreviewFillsThem()
    {
        var editor = Edit(new ReplyTemplate { Language = "en", Body = "Hello" });
        Assert.Equal(["{customer.name}", "{agent.name}"], editor.FindAll("[data-testid=placeholders] code").Select(c => c.TextContent));

        editor.Find("#template-kind").Change(nameof(SystemTemplate.TicketConfirmation));
        Assert.Contains("{ticket.number}", editor.Find("[data-testid=placeholders]").TextContent);
        editor.Find("button[aria-label='Insert {customer.name}']").Click();

        Assert.Contains("Hello {customer.name}", editor.Find("textarea").GetAttribute("value") ?? editor.Find("textarea").TextContent);
        Assert.Equal("Hello Alex Sample", editor.Find(".template-preview-body").TextContent);
    }

    [Fact]
    public void WithScriptTheBrowserPutsThePlaceholderAtTheCaretAndTheServerDoesNotAppendIt()
    {
        var script = JSInterop.SetupModule("./Features/Admin/Templates/TemplateEditor.razor.js");
        var insert = script.Setup<bool>("insertAtCaret", "template-body", "{agent.name}").SetResult(true);
        var editor = Edit(new ReplyTemplate { Language = "en", Body = "Hello" });

        editor.Find("button[aria-label='Insert {agent.name}']").Click();

        Assert.Single(insert.Invocations);
        Assert.Equal("template-body", editor.Find("textarea").Id);
        // The browser's input event brings the new text; appending here as well would put the placeholder in twice.
        Assert.Equal("Hello", editor.Find(".template-preview-body").TextContent);
    }

    [Fact]
    public void ThePreviewShowsMarkupAsText()
    {
        var editor = Edit(new ReplyTemplate { Language = "en", Body = "<img src=x onerror=alert(1)> {customer.name}" });

        Assert.Equal("<img src=x onerror=alert(1)> Alex Sample", editor.Find(".template-preview-body").TextContent);
        Assert.Empty(editor.FindAll(".template-preview img"));
    }

    [Fact]
    public void ASystemTemplateWithoutASubjectShowsTheErrorAtTheSubject()
    {
        var editor = Edit(new ReplyTemplate { Name = "Receipt", Language = "en", Body = "Thanks", System = SystemTemplate.TicketConfirmation });

        editor.FindAll("button").Single(b => b.TextContent == "Save").Click();

        Assert.Contains("'Subject' must be set on a template the app sends by e-mail.", editor.Markup);
    }
}
