using Bunit;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Features.Faq;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class CustomerComponentTests : CustomerComponentContext
{
    private readonly List<(PreChatInput Input, string Email)> submitted = [];

    private IRenderedComponent<CustomerPreChat> PreChat(string language = "en", CustomerFields required = CustomerFields.Name | CustomerFields.Email) =>
        Render<CustomerPreChat>(p => p
            .Add(c => c.Channel, Channel)
            .Add(c => c.Text, CustomerText.For(language))
            .Add(c => c.Required, required)
            .Add(c => c.SubmitText, "Start")
            .Add(c => c.OnSubmit, (input, email) => { submitted.Add((input, email)); return Task.CompletedTask; }));

    // The Send button and ENTER belong to the browser (chat.js): it calls the composer with an id it made.
    private static Task<string> SendFromBrowserAsync(IRenderedComponent<CustomerPreChat> form, string text) =>
        form.InvokeAsync(() => form.FindComponent<Composer>().Instance.SubmitAsync(text, Guid.NewGuid().ToString()));

    [Fact]
    public void ThePreChatFormLabelsEveryRequiredFieldInTheChannelsLanguage()
    {
        var form = PreChat("sv", CustomerFields.Name | CustomerFields.Email | CustomerFields.Company | CustomerFields.Phone);

        var labels = form.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Namn *", labels);
        Assert.Contains("E-post *", labels);
        Assert.Contains("Företag *", labels);
        Assert.Contains("Telefon *", labels);
        Assert.Contains("Din fråga *", labels); // the question is always required
        Assert.Equal("true", form.Find("textarea#question").GetAttribute("aria-required"));
        Assert.Empty(form.FindAll("#country"));
    }

    [Fact]
    public void LeavingAnEmptyRequiredFieldShowsItsErrorNextToIt()
    {
        var form = PreChat("sv");

        form.Find("#name").Blur();

        Assert.Equal("Namn måste fyllas i.", form.Find("#name-error").TextContent);
        Assert.Equal("true", form.Find("#name").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void ADomainWithANullMxIsRefusedByName()
    {
        Domains.Answers["nomail.example"] = DomainCheck.NullMx;
        var form = PreChat();

        form.Find("#email").Change("kim@nomail.example");
        form.Find("#email").Blur();

        form.WaitForAssertion(() => Assert.Equal("The domain nomail.example does not accept e-mail.", form.Find("#email-error").TextContent));
    }

    [Fact]
    public async Task AnUnknownDnsAnswerLetsTheCustomerThroughWithThePunycodeAddress()
    {
        Domains.Answers["xn--bcher-kva.example"] = DomainCheck.Unknown;
        var form = PreChat();
        form.Find("#name").Change("Kim");
        form.Find("#email").Change("kim@bücher.example");

        await SendFromBrowserAsync(form, "Where is my order?");

        form.WaitForAssertion(() => Assert.Equal("kim@xn--bcher-kva.example", Assert.Single(submitted).Email));
    }

    [Fact]
    public async Task WithThePreChatFormOffOnlyTheQuestionIsAskedAndItStartsTheChat()
    {
        Channel.PreChat.Message = "Tell us who you are";
        var form = Render<CustomerPreChat>(p => p
            .Add(c => c.Channel, Channel)
            .Add(c => c.Text, CustomerText.For("en"))
            .Add(c => c.Required, CustomerFields.None)
            .Add(c => c.AskDetails, false)
            .Add(c => c.SubmitText, "Start")
            .Add(c => c.OnSubmit, (input, email) => { submitted.Add((input, email)); return Task.CompletedTask; }));

        Assert.Empty(form.FindAll("#name, #email, .form-message"));
        await SendFromBrowserAsync(form, "Where is my order?");

        form.WaitForAssertion(() => Assert.Equal(("Where is my order?", ""), (Assert.Single(submitted).Input.Question, submitted[0].Email)));
    }

    [Fact]
    public void TheEndFormOffersRatingAndTranscriptOnlyWhenTheChannelHasThem()
    {
        var session = new ChatSession(SessionStatus.Ended)
        {
            Id = 1, EndReason = EndReason.Agent, EndedAt = DateTimeOffset.UtcNow, Customer = new() { Email = "kim@example.com" },
        };
        Channel.PostChat.Rating = true;
        Channel.PostChat.Transcript = true;

        var full = Render<CustomerEndForm>(p => p.Add(c => c.Channel, Channel).Add(c => c.Session, session).Add(c => c.Text, CustomerText.For("sv")));
        Assert.Equal("Handläggaren avslutade chatten.", full.Find(".ended-reason").TextContent);
        Assert.Equal(5, full.FindAll("input[type=radio]").Count);
        Assert.Equal("kim@example.com", full.Find("#transcript-email").GetAttribute("value"));
        Assert.Contains(full.FindAll("button"), b => b.TextContent == "Återgå till chatten");

        Channel.PostChat.Rating = false;
        Channel.PostChat.Transcript = false;
        var bare = Render<CustomerEndForm>(p => p.Add(c => c.Channel, Channel).Add(c => c.Session, session).Add(c => c.Text, CustomerText.For("en")));
        Assert.Empty(bare.FindAll("input[type=radio]"));
        Assert.Empty(bare.FindAll("#transcript-email"));
    }

    [Fact]
    public void TheClosedStateListsOpeningHoursInTheCustomersTimeZone()
    {
        Channel.Hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm",
            Days = [.. Enum.GetValues<DayOfWeek>().Select(d => new DayHours { Day = d, Open = new TimeOnly(8, 0), Close = new TimeOnly(17, 0) })],
            // Closed today whatever the hour the test runs at (inside opening hours it would say "no one is available").
            Holidays = [DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm")).DateTime)],
        };
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        var closed = Render<CustomerClosed>(p => p.Add(c => c.Channel, Channel).Add(c => c.Text, CustomerText.For("en")).Add(c => c.TimeZone, tokyo));

        Assert.Equal("We're closed right now", closed.Find("h2").TextContent);
        // 08:00–17:00 in Stockholm is 16:00–01:00 (winter) or 15:00–00:00 (summer) in Tokyo.
        Assert.Matches(@"1[56]:00–0[01]:00", closed.Find(".opening-hours").TextContent);
    }

    [Fact]
    public void TheFaqStepLinksEachArticleAndOffersBothWaysOn()
    {
        var faq = Render<CustomerFaq>(p => p
            .Add(c => c.SessionId, 1)
            .Add(c => c.Text, CustomerText.For("en"))
            .Add(c => c.Suggestions, [new FaqSuggestion(7, "How do I return an item?", "Returns are free…", 1f)]));

        Assert.Equal("/faq/7", faq.Find(".faq-list a").GetAttribute("href"));
        Assert.Contains("Returns are free…", faq.Find(".faq-list p").TextContent);
        Assert.Equal(["This answered my question", "Start chat"], faq.FindAll("button").Select(b => b.TextContent).ToArray());
    }
}
