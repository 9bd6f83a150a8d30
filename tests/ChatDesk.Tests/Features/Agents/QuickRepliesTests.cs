using ChatDesk.Features.Agents;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Agents;

public sealed class QuickRepliesTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly QuickReplies replies;
    private readonly ReplyLibrary library;

    public QuickRepliesTests()
    {
        replies = new QuickReplies(database);
        library = new ReplyLibrary(database);
        using var db = database.CreateDbContext();
        db.Users.AddRange(new StaffUser { Id = "anna", UserName = "anna" }, new StaffUser { Id = "oskar", UserName = "oskar" });
        db.SaveChanges();
    }

    [Fact]
    public async Task AnAgentCreatesEditsAndDeletesTheirOwnQuickReplies()
    {
        Assert.True(await replies.SaveAsync("anna", 0, "Refund time", "Refunds arrive in 3–5 days.", CancellationToken.None));
        var created = Assert.Single(await replies.MineAsync("anna", CancellationToken.None));

        Assert.True(await replies.SaveAsync("anna", created.Id, "Refund time", "Refunds arrive within 5 working days.", CancellationToken.None));
        Assert.Equal("Refunds arrive within 5 working days.", Assert.Single(await replies.MineAsync("anna", CancellationToken.None)).Text);

        Assert.True(await replies.DeleteAsync("anna", created.Id, CancellationToken.None));
        Assert.Empty(await replies.MineAsync("anna", CancellationToken.None));
    }

    [Fact]
    public async Task NobodyElseSeesEditsOrDeletesThem()
    {
        await replies.SaveAsync("anna", 0, "Secret", "Anna's own words", CancellationToken.None);
        var id = (await replies.MineAsync("anna", CancellationToken.None))[0].Id;

        Assert.Empty(await replies.MineAsync("oskar", CancellationToken.None));
        Assert.False(await replies.SaveAsync("oskar", id, "Taken", "Oskar's words", CancellationToken.None));
        Assert.False(await replies.DeleteAsync("oskar", id, CancellationToken.None));
        Assert.DoesNotContain(await library.SearchAsync("en", null, "https://x", CancellationToken.None, "oskar"), c => c.Kind == ReplyKind.QuickReply);
        Assert.Contains(await library.SearchAsync("en", "secret", "https://x", CancellationToken.None, "anna"), c => c.Text == "Anna's own words");
    }

    [Fact]
    public async Task AnEmptyTitleOrTextIsRefused()
    {
        Assert.False(await replies.SaveAsync("anna", 0, " ", "Text", CancellationToken.None));
        Assert.False(await replies.SaveAsync("anna", 0, "Title", "\u0007", CancellationToken.None));
        Assert.Empty(await replies.MineAsync("anna", CancellationToken.None));
    }

    public void Dispose() => database.Dispose();
}
