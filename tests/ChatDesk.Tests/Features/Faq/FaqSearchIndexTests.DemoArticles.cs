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
    [InlineData("en", "Hi, I ordered a coffee machine last week and the box was crushed when it arrived", "My parcel arrived damaged. What should I do?")]
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

    [Theory]
    [InlineData("en", "What is the weather on Mars?")]
    [InlineData("en", "chargeback")]
    [InlineData("en", "opening hours")]
    [InlineData("sv", "Vad blir vädret på Mars?")]
    [InlineData("sv", "jag fick fel vara")]
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
        index.Invalidate();
        return ((language, question) => index.SuggestAsync(roots[language].Id, language, question, 3, CancellationToken.None), roots);
    }
}
