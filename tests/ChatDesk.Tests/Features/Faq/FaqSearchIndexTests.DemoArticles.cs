using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
    [Theory]
    [InlineData("en", "my parcel arrived damaged", "My parcel arrived damaged. What should I do?")]
    [InlineData("en", "coffee machine descaling light", "My coffee machine shows a descaling light. What should I do?")]
    [InlineData("en", "forgot my password", "I have forgotten my password. How do I reset it?")]
    [InlineData("en", "when do I get my refund", "When will I get my refund?")]
    [InlineData("en", "Where is my parcel?", "How do I track my order?")]
    [InlineData("sv", "Var är mitt paket?", "Hur spårar jag min beställning?")]
    [InlineData("sv", "avkalkningslampan lyser", "Kaffemaskinen visar en avkalkningslampa – vad ska jag göra?")]
    [InlineData("sv", "paket skadat", "Paketet kom fram skadat – vad gör jag?")]
    [InlineData("sv", "avkalkning kaffemaskin", "Kaffemaskinen visar en avkalkningslampa – vad ska jag göra?")]
    [InlineData("sv", "glömt lösenord", "Jag har glömt mitt lösenord – hur återställer jag det?")]
    [InlineData("sv", "glomt losenord", "Jag har glömt mitt lösenord – hur återställer jag det?")]
    [InlineData("sv", "när får jag pengarna tillbaka", "När får jag tillbaka mina pengar?")]
    [InlineData("sv", "LEVERANS", "Vad kostar frakten och hur lång är leveranstiden?")]
    public async Task RealCustomerQuestionsFindTheRightDemoArticle(string language, string question, string expected)
    {
        var (suggest, _) = await DemoAsync();

        var suggestions = await suggest(language, question);

        Assert.Equal(expected, suggestions[0].Title);
        Assert.InRange(suggestions.Count, 1, 3);
    }

    [Fact]
    public async Task ASwedishCompoundTheFaqNeverUsesFindsTheCoffeeMachineArticles()
    {
        var (suggest, _) = await DemoAsync();

        // "kaffebryggaren" splits into "kaffe" + "bryggaren"; both coffee-machine articles answer about the machine.
        var suggestions = await suggest("sv", "Kaffebryggaren läcker vatten");

        Assert.Contains(suggestions[0].Title, new[] { "Kaffemaskinen visar en avkalkningslampa – vad ska jag göra?", "Varför smakar kaffet beskt eller svagt?" });
    }

    [Fact]
    public async Task ALongChattyQuestionIsShownTheArticleThatAnswersIt()
    {
        var (suggest, _) = await DemoAsync();

        // BM25 ranks the coffee-machine articles (title words "coffee", "machine") close to the damaged-parcel one
        // (body words "crushed", "box", "arrived"); the customer sees all three and the answer among them.
        var suggestions = await suggest("en", "Hi, I ordered a coffee machine last week and the box was crushed when it arrived");

        Assert.Contains(suggestions, s => s.Title == "My parcel arrived damaged. What should I do?");
        Assert.InRange(suggestions.Count, 1, 3);
    }

    [Theory]
    [InlineData("en", "What is the weather on Mars?")]
    [InlineData("en", "chargeback")]
    [InlineData("en", "How do I install Python on Windows?")]
    [InlineData("sv", "Vad blir vädret på Mars?")]
    public async Task DemoQuestionsWithoutAnAnswerGetNoSuggestions(string language, string question)
    {
        var (suggest, _) = await DemoAsync();

        Assert.Empty(await suggest(language, question));
    }

    [Fact]
    public async Task DemoSuggestionsStayInsideTheChannelsFolder()
    {
        var (suggest, roots) = await DemoAsync();

        var english = await suggest("en", "refund");
        var swedishRoot = await index.SuggestAsync(roots["sv"].Id, "en", "refund", 3, CancellationToken.None);

        Assert.NotEmpty(english);
        Assert.Empty(swedishRoot);
    }

    private async Task<(Func<string, string, Task<IReadOnlyList<FaqSuggestion>>> Suggest, IReadOnlyDictionary<string, FaqFolder> Roots)> DemoAsync()
    {
        await using var db = database.CreateDbContext();
        var roots = DemoFaq.Load(db, DateTimeOffset.UnixEpoch);
        await db.SaveChangesAsync();
        await index.SyncAsync(CancellationToken.None);
        return ((language, question) => index.SuggestAsync(roots[language].Id, language, question, 3, CancellationToken.None), roots);
    }
}
