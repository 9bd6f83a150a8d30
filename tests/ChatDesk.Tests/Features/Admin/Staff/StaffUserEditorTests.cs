using Bunit;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using FluentValidation.Results;

namespace ChatDesk.Tests.Features.Admin.Staff;

public sealed class StaffUserEditorTests : ComponentTestContext
{
    private int saves;

    private IRenderedComponent<StaffUserEditor> Show(StaffUserForm form, bool isNew = true, IReadOnlyList<ValidationFailure>? errors = null, string language = "en") =>
        Render<StaffUserEditor>(p => p
            .Add(e => e.T, StaffAdminText.For(language))
            .Add(e => e.Form, form)
            .Add(e => e.IsNew, isNew)
            .Add(e => e.Errors, errors ?? [])
            .Add(e => e.OnSave, () => saves++));

    [Fact]
    public void AnInvalidFormIsNotSavedAndShowsEachErrorUnderItsField()
    {
        var form = new StaffUserForm { UserName = "ok", DisplayName = "Kept", Roles = [], Password = "x" };
        var editor = Show(form);

        editor.FindAll("button").Single(b => b.TextContent == "Save").Click();

        Assert.Equal(0, saves);
        Assert.Equal("Correct the marked fields.", editor.Find("[role=alert]").TextContent);
        Assert.Contains("'Email' must not be empty.", editor.Markup);
        Assert.Contains("Choose at least one role.", editor.Markup);
        Assert.Contains("Use at least 6 characters.", editor.Markup);
        Assert.Equal("Kept", form.DisplayName);
    }

    [Fact]
    public void AValidFormIsHandedToThePageAndServiceErrorsShowAtTheirField()
    {
        var form = new StaffUserForm
        {
            UserName = "nils", Email = "nils@example.test", DisplayName = "Nils", Roles = [StaffRoles.Agent], Password = "Good-Pass-1",
        };
        var editor = Show(form);

        editor.FindAll("button").Single(b => b.TextContent == "Save").Click();
        Assert.Equal(1, saves);

        editor = Show(form, errors: [new ValidationFailure("UserName", "'nils' is taken.")]);
        Assert.Contains("'nils' is taken.", editor.Markup);
    }

    [Fact]
    public void EditingHidesThePasswordKeepsTheUserNameReadOnlyAndNamesTheLanguage()
    {
        var editor = Show(new StaffUserForm { UserName = "nils", Language = "sv" }, isNew: false, language: "sv");

        Assert.Equal("Redigera nils", editor.Find("h2").TextContent);
        Assert.DoesNotContain("Startlösenord", editor.Markup);
        Assert.NotNull(editor.Find("input[value=nils]").GetAttribute("readonly"));
        Assert.Equal("Svenska", editor.Find(".mud-select input").GetAttribute("value"));
    }
}
