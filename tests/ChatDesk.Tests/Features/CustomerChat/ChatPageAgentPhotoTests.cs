using Bunit;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.CustomerChat;

/// <summary>The agent's photo uploaded by an admin, on the customer page (when the channel's look asks for it)
/// and in the workspace's team list; initials wherever there is no photo or the look asks for none.</summary>
public sealed class ChatPageAgentPhotoTests : CustomerComponentContext
{
    private const string Photo = "/media/images/0123456789abcdef0123456789abcdef";
    private readonly BunitJSModuleInterop chatJs;

    public ChatPageAgentPhotoTests()
    {
        chatJs = JSInterop.SetupModule("./js/chat.js");
        chatJs.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IChatEvents, InProcessChatEvents>();
    }

    private ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    private async Task ActiveChatWithAnnaAsync(bool showPhoto, string? photo = Photo)
    {
        using (var db = Database.CreateDbContext())
        {
            db.Users.Add(new StaffUser { Id = "anna-id", UserName = "anna", DisplayName = "Anna Berg", PhotoUrl = photo });
            db.Channels.Single(c => c.Id == Channel.Id).Look.ShowAgentPhoto = showPhoto;
            db.SaveChanges();
        }
        var chat = await Conversations.StartAsync(Channel.Id, new CustomerDetails { Name = "Kim" }, "Where is my order?", null, default);
        await Conversations.AcceptAsync(chat.Id, "anna-id", "Anna", "", default);
        await Conversations.SendAsAgentAsync(chat.Id, "anna-id", Guid.NewGuid(), "Let me check that for you.", default);
        chatJs.Setup<string?>("loadToken", "chatdesk:support").SetResult(chat.IssuedToken);
    }

    private IRenderedComponent<ChatPage> Page() => Render<ChatPage>(p => p.Add(c => c.Slug, "support"));

    [Fact]
    public async Task TheAgentsPhotoIsTheHeadersAndTheirMessagesAvatarWhenTheLookAsksForIt()
    {
        await ActiveChatWithAnnaAsync(showPhoto: true);

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal(Photo, page.Find(".agent-bar img.agent-avatar").GetAttribute("src")));
        page.WaitForAssertion(() => Assert.Contains("Let me check that for you.", page.Find("[role=log]").TextContent));
        Assert.Equal(Photo, page.Find("[role=log] img.agent-avatar").GetAttribute("src"));
        Assert.Empty(page.FindAll(".agent-initials"));
    }

    [Fact]
    public async Task WithoutTheLooksPhotoOptionTheAgentShowsInitials()
    {
        await ActiveChatWithAnnaAsync(showPhoto: false);

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("A", page.Find(".agent-bar .agent-initials").TextContent));
        Assert.Empty(page.FindAll("img.agent-avatar"));
    }

    [Fact]
    public async Task AnAgentWithoutAPhotoShowsInitialsEvenWhenTheLookAsksForThePhoto()
    {
        await ActiveChatWithAnnaAsync(showPhoto: true, photo: null);

        var page = Page();

        page.WaitForAssertion(() => Assert.Equal("A", page.Find(".agent-bar .agent-initials").TextContent));
        Assert.Empty(page.FindAll("img.agent-avatar"));
    }

    [Fact]
    public async Task TheWorkspacesTeamListShowsTheAgentsPhotoAndACustomerKeepsInitials()
    {
        await ActiveChatWithAnnaAsync(showPhoto: false);
        var team = await new QueueService(Database).TeamAsync([Channel.Id], default);

        var list = Render<ChatListPanel>(p => p.Add(c => c.Title, "Team chats").Add(c => c.Chats, team).Add(c => c.ShowAgents, true));
        var mine = Render<ChatListPanel>(p => p.Add(c => c.Title, "My chats").Add(c => c.Chats, team).Add(c => c.OnSelect, _ => { }));

        Assert.Equal(Photo, Assert.Single(team).AgentPhotoUrl);
        Assert.Equal(Photo, list.Find("img.avatar").GetAttribute("src"));
        Assert.Empty(mine.FindAll("img.avatar"));
        Assert.Equal("K", mine.Find("span.avatar").TextContent);
    }
}
