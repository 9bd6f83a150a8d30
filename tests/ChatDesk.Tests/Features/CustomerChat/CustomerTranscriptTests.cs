using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class CustomerTranscriptTests : CustomerComponentContext
{
    private ChatSession AddChat(string email = "kim@example.com")
    {
        var session = new ChatSession(SessionStatus.Ended)
        {
            TokenHash = Guid.NewGuid().ToString("N"), ChannelId = Channel.Id,
            Customer = new CustomerDetails { Name = "Kim", Email = email },
        };
        using var db = Database.CreateDbContext();
        db.Sessions.Add(session);
        db.SaveChanges();
        return session;
    }

    private IRenderedComponent<CustomerTranscript> Transcript(ChatSession session) =>
        Render<CustomerTranscript>(p => p.Add(c => c.Session, session).Add(c => c.Text, CustomerText.For("en")));

    private ChatSession Reloaded(long id)
    {
        using var db = Database.CreateDbContext();
        return db.Sessions.AsNoTracking().Single(s => s.Id == id);
    }

    private static string Status(IRenderedComponent<CustomerTranscript> view) => view.Find("[role=status]").TextContent;

    [Fact]
    public void ShowsSentWhenTheChatsTranscriptSentAtIsSet()
    {
        var session = AddChat();
        session.TranscriptSentAt = new DateTimeOffset(2026, 1, 14, 13, 5, 0, TimeSpan.Zero);

        var view = Transcript(session);

        Assert.Equal("The chat log was sent to kim@example.com at 13:05.", Status(view));
        Assert.Empty(view.FindAll("#transcript-email"));
    }

    [Fact]
    public void AReloadWhileTheMailWaitsShowsItsProgressInsteadOfOfferingTheFormAgain()
    {
        var session = AddChat();
        var first = Transcript(session);
        first.Find("button").Click();
        first.WaitForAssertion(() => Assert.Equal("Sending the chat log…", Status(first)));

        // The customer reloads the page: a new component over the same chat.
        var reloaded = Transcript(Reloaded(session.Id));

        reloaded.WaitForAssertion(() => Assert.Equal("Sending the chat log…", Status(reloaded)));
        Assert.True(reloaded.Find("button").HasAttribute("disabled"));
        using var db = Database.CreateDbContext();
        Assert.Single(db.Outbox.AsNoTracking());
    }

    [Fact]
    public async Task AFailedAttemptShowsDelayedAndDeliveryShowsSentOnceThePageHasTheReloadedChat()
    {
        var session = AddChat();
        await Services.GetRequiredService<TranscriptMailer>().QueueTranscriptAsync(session.Id, "kim@example.com", CancellationToken.None);
        using var sender = TestOutboxSender.Create(Database, Mail, new OutboxSignal(), TimeProvider.System, Events);
        Mail.FailNext(1);
        await sender.SendDueAsync(CancellationToken.None);

        var view = Transcript(Reloaded(session.Id));
        view.WaitForAssertion(() => Assert.Equal("We could not send the chat log yet. We will keep trying.", Status(view)));

        await using (var db = Database.CreateDbContext())
            await db.Outbox.ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UnixEpoch));
        await sender.SendDueAsync(CancellationToken.None);
        // The chat page reloads the session on SessionChanged and passes it down.
        view.Render(p => p.Add(c => c.Session, Reloaded(session.Id)));

        Assert.StartsWith("The chat log was sent to kim@example.com at", Status(view));
    }

    private List<string> Recipients()
    {
        using var db = Database.CreateDbContext();
        return db.Outbox.AsNoTracking().Select(m => m.To).ToList();
    }

    [Fact]
    public void TheTranscriptFormShowsTheChatsAddressReadOnlyAndSendsThere()
    {
        var view = Transcript(AddChat("kim@example.com"));

        var input = view.Find("#transcript-email");
        Assert.Equal("kim@example.com", input.GetAttribute("value"));
        Assert.True(input.HasAttribute("readonly"));
        Assert.Empty(view.FindAll("#transcript-ask"));
        view.Find("button").Click();

        view.WaitForAssertion(() => Assert.Equal(["kim@example.com"], Recipients()));
    }

    [Fact]
    public void AChatWithoutAnAddressAsksForOneChecksItLikeThePreChatFormAndSendsThere()
    {
        Domains.Answers["nomail.example"] = DomainCheck.NullMx;
        var session = AddChat("");
        var view = Transcript(session);
        Assert.Equal("This chat has no e-mail address yet. Enter yours to get the chat log; it is checked like the form at the start.",
            view.Find("#transcript-ask").TextContent);
        Assert.False(view.Find("#transcript-email").HasAttribute("readonly"));

        view.Find("#transcript-email").Change("kim@nomail.example");
        view.Find("button").Click();
        view.WaitForAssertion(() => Assert.Equal("The domain nomail.example does not accept e-mail.", view.Find("#transcript-error").TextContent));
        Assert.Empty(Recipients());
        Assert.Equal("kim@nomail.example", view.Find("#transcript-email").GetAttribute("value"));

        view.Find("#transcript-email").Change("kim@example.org");
        view.Find("button").Click();

        view.WaitForAssertion(() => Assert.Equal(["kim@example.org"], Recipients()));
        using var db = Database.CreateDbContext();
        Assert.Equal("kim@example.org", db.Sessions.AsNoTracking().Single(s => s.Id == session.Id).Customer.Email);
    }
}
