using ChatDesk.Features.Agents;
using ChatDesk.Features.Email;
using ChatDesk.Features.Faq;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Agents;

public sealed class ReplyLibraryTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly ReplyLibrary library;

    public ReplyLibraryTests()
    {
        library = new ReplyLibrary(database);
        using var db = database.CreateDbContext();
        var folder = new FaqFolder { Name = "FAQ" };
        db.FaqFolders.Add(folder);
        db.ReplyTemplates.AddRange(
            new ReplyTemplate { Name = "Greeting", Language = "en", Body = "Hi {customer.name}, I'm {agent.name}." },
            new ReplyTemplate { Name = "Hälsning", Language = "sv", Body = "Hej {customer.name}!" },
            new ReplyTemplate { Name = "Chat transcript", Language = "en", Body = "{messages}", System = SystemTemplate.ChatTranscript });
        db.FaqArticles.AddRange(
            new FaqArticle { Folder = folder, Language = "en", Title = "Reset your password" },
            new FaqArticle { Folder = folder, Language = "en", Title = "Password policy (internal)", Public = false },
            new FaqArticle { Folder = folder, Language = "en", Title = "Password draft", Published = false });
        db.SaveChanges();
    }

    [Fact]
    public async Task OffersTheChatsLanguageTemplatesAndPublicFaqLinksButNoSystemTemplates()
    {
        var all = await library.SearchAsync("en", null, "https://chat.example/", CancellationToken.None);

        Assert.Equal(["Greeting", "Reset your password"], all.Select(c => c.Title));
        Assert.Equal("Reset your password: https://chat.example/faq/1", all.Single(c => c.Kind == ReplyKind.FaqLink).Text);
    }

    [Fact]
    public async Task SearchesNamesBodiesAndTitles()
    {
        var found = await library.SearchAsync("en", "passw", "https://chat.example", CancellationToken.None);

        Assert.Equal(["Reset your password"], found.Select(c => c.Title));
    }

    [Fact]
    public void FillsTheReplyPlaceholders() =>
        Assert.Equal("Hi Åsa, I'm Anna.", ReplyLibrary.Fill("Hi {customer.name}, I'm {agent.name}.", "Åsa", "Anna"));

    public void Dispose() => database.Dispose();
}
