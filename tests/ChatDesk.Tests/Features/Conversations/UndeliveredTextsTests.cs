using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class UndeliveredTextsTests : ComponentTestContext
{
    [Fact]
    public void TextsTheBrowserStillHeldAreShownWithTheNotice()
    {
        var chat = JSInterop.SetupModule("./js/chat.js");
        chat.Setup<string[]?>("takePending", i => (string)i.Arguments[0]! == "chatdesk:pending:a:7").SetResult(["Are you still there?", "Hello?"]);

        var view = Render<UndeliveredTexts>(p => p.Add(u => u.StorageKey, "chatdesk:pending:a:7").Add(u => u.Notice, "Not delivered:"));

        view.WaitForAssertion(() => Assert.Equal(["Are you still there?", "Hello?"], view.FindAll("li.undelivered-text").Select(l => l.TextContent)));
        Assert.Contains("Not delivered:", view.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void NothingPendingShowsNothing()
    {
        var chat = JSInterop.SetupModule("./js/chat.js");
        chat.Setup<string[]?>("takePending", _ => true).SetResult([]);

        var view = Render<UndeliveredTexts>(p => p.Add(u => u.StorageKey, "k").Add(u => u.Notice, "Not delivered:"));

        Assert.Empty(view.FindAll("[role=alert]"));
    }
}
