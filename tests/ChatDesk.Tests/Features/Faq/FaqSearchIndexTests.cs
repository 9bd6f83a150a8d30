using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

public sealed class FaqSearchIndexTests : IDisposable
{
    private readonly FaqTestDatabase database = new();
    private readonly FaqSearchIndex index;

    // Web channel (English):  Web support / Returns, Delivery / Damage (a sub-folder), Account
    // Web channel (Swedish):  Webbsupport / Retur och återbetalning, Leverans
    // Another channel:        Business desk (its own root)
    private readonly FaqFolder web, webSv, business;
    private readonly FaqArticle returnItem, deliveryTime, damagedParcel, password, draft, internalNote, businessReturn;
    private readonly FaqArticle svReturn, svRefund, svDelivery;

    public FaqSearchIndexTests()
    {
        index = new FaqSearchIndex(database);
        web = database.Folder("Web support");
        var returns = database.Folder("Returns", web);
        var delivery = database.Folder("Delivery", web);
        var damage = database.Folder("Damage", delivery);
        var account = database.Folder("Account", web);
        returnItem = database.Article(returns, "en", "How do I return an item?",
            "Pack the item in its original box, print the label from My pages and drop the parcel at any pickup point.\n\nYou have 30 days.");
        draft = database.Article(returns, "en", "Return labels for returning items",
            "Draft: how returns of returned items will work next year.", published: false);
        internalNote = database.Article(returns, "en", "Internal: returning customers who return everything",
            "Agents only: how to spot serial returners.", isPublic: false);
        deliveryTime = database.Article(delivery, "en", "How long does delivery take?",
            "Parcels reach most addresses in 1–3 working days. Express delivery arrives the next working day.");
        damagedParcel = database.Article(damage, "en", "My parcel arrived damaged",
            "Take photos of the damaged box and the product, keep the packaging and report it within 7 days.");
        password = database.Article(account, "en", "I forgot my password",
            "Click “Forgot password” on the sign-in page and we will email you a reset link.");

        business = database.Folder("Business desk");
        businessReturn = database.Article(business, "en", "How do business customers return an item?",
            "Business customers return items through their account manager.");

        webSv = database.Folder("Webbsupport");
        var returnsSv = database.Folder("Retur och återbetalning", webSv);
        var deliverySv = database.Folder("Frakt", webSv);
        svReturn = database.Article(returnsSv, "sv", "Hur returnerar jag en vara?",
            "Packa varan i originalförpackningen och lämna paketet hos ett ombud. Du har 30 dagars ångerrätt.");
        svRefund = database.Article(returnsSv, "sv", "Hur lång tid tar en återbetalning?",
            "Vi gör återbetalning inom 5 arbetsdagar efter att returen har kommit fram till vårt lager.");
        svDelivery = database.Article(deliverySv, "sv", "Leverans till ett utlämningsställe",
            "Välj utlämningsställe i kassan. Du får ett sms när paketet kan hämtas.");
    }

    public void Dispose() => database.Dispose();

    private Task<IReadOnlyList<FaqSuggestion>> Suggest(string language, string question, int? root = null, int max = 3) =>
        index.SuggestAsync(root, language, question, max, CancellationToken.None);

    [Fact]
    public async Task EnglishStemmingFindsOtherFormsOfAWord()
    {
        var suggestions = await Suggest("en", "returning");

        Assert.Equal(returnItem.Id, suggestions[0].ArticleId);
        Assert.Equal("How do I return an item?", suggestions[0].Title);
    }

    [Fact]
    public async Task SwedishStemmingAndStopWordsMatchAQuestionWordedDifferently()
    {
        var suggestions = await Suggest("sv", "Hur returnerar jag mina varor");

        Assert.Equal(svReturn.Id, suggestions[0].ArticleId);
    }

    [Fact]
    public async Task TheSwedishDefiniteFormFindsTheBareWord()
    {
        var suggestions = await Suggest("sv", "återbetalningen");

        Assert.Equal(svRefund.Id, suggestions[0].ArticleId);
    }

    [Theory]
    [InlineData("aterbetalning")]
    [InlineData("ÅTERBETALNING")]
    public async Task SwedishLettersAndCaseDoNotMatter(string question)
    {
        var suggestions = await Suggest("sv", question);

        Assert.Equal(svRefund.Id, suggestions[0].ArticleId);
    }

    [Fact]
    public async Task AShoutedWordFindsItsArticle()
    {
        var suggestions = await Suggest("sv", "LEVERANS");

        Assert.Equal(svDelivery.Id, Assert.Single(suggestions).ArticleId);
    }

    [Fact]
    public async Task AFolderIncludesArticlesInItsSubFolders()
    {
        var suggestions = await Suggest("en", "damaged parcel", root: web.Id);

        Assert.Equal(damagedParcel.Id, suggestions[0].ArticleId);
    }

    [Fact]
    public async Task AnotherChannelsFolderIsNotSearched()
    {
        var fromWeb = await Suggest("en", "how do business customers return an item", root: web.Id);
        var fromBusiness = await Suggest("en", "how do I return an item", root: business.Id);

        Assert.DoesNotContain(fromWeb, s => s.ArticleId == businessReturn.Id);
        Assert.Equal(returnItem.Id, fromWeb[0].ArticleId);
        Assert.Equal(businessReturn.Id, Assert.Single(fromBusiness).ArticleId);
    }

    [Fact]
    public async Task UnpublishedAndInternalArticlesAreNeverSuggested()
    {
        var suggestions = await Suggest("en", "returning returned items return labels internal customers", max: 10);

        Assert.NotEmpty(suggestions);
        Assert.DoesNotContain(suggestions, s => s.ArticleId == draft.Id || s.ArticleId == internalNote.Id);
    }

    [Fact]
    public async Task OnlyArticlesInTheRequestedLanguageAreSuggested()
    {
        var swedish = await Suggest("sv", "return item parcel password", max: 10);
        var german = await Suggest("de", "return item");

        Assert.All(swedish, s => Assert.Contains(s.ArticleId, new[] { svReturn.Id, svRefund.Id, svDelivery.Id }));
        Assert.Empty(german);
    }

    [Theory]
    [InlineData("en", "asdf qwerty")]
    [InlineData("en", "What is the weather on Mars?")]
    [InlineData("en", "Hi, can you help me please?")]
    [InlineData("sv", "Vad blir vädret på Mars?")]
    [InlineData("sv", "")]
    public async Task AnUnrelatedQuestionGetsNoSuggestions(string language, string question)
    {
        Assert.Empty(await Suggest(language, question));
    }

    [Fact]
    public async Task NoMoreThanTheRequestedNumberAreSuggestedBestFirst()
    {
        var question = "parcel delivery damaged return item";
        var all = await Suggest("en", question, max: 10);
        var one = await Suggest("en", question, max: 1);

        Assert.True(all.Count >= 2, $"expected several matches, got {all.Count}");
        Assert.Equal(all.OrderByDescending(s => s.Score).Select(s => s.ArticleId), all.Select(s => s.ArticleId));
        Assert.Equal(all[0], Assert.Single(one));
    }

    [Fact]
    public async Task AnEditedOrAddedArticleIsFoundOnceTheIndexIsInvalidated()
    {
        Assert.Empty(await Suggest("en", "warranty"));
        await using (var db = database.CreateDbContext())
        {
            var article = await db.FaqArticles.SingleAsync(a => a.Id == password.Id);
            article.Title = "How long is the warranty?";
            await db.SaveChangesAsync();
        }
        var added = database.Article(web, "en", "Gift cards", "A gift card is valid for two years.");

        index.Invalidate();

        Assert.Equal(password.Id, (await Suggest("en", "warranty"))[0].ArticleId);
        Assert.Equal(added.Id, (await Suggest("en", "gift card"))[0].ArticleId);
    }

    [Fact]
    public async Task ReindexingPicksUpAnUnpublishedArticle()
    {
        Assert.NotEmpty(await Suggest("en", "forgot password"));
        await using (var db = database.CreateDbContext())
            await db.FaqArticles.Where(a => a.Id == password.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Published, false));

        await index.ReindexAsync(CancellationToken.None);

        Assert.Empty(await Suggest("en", "forgot password"));
    }

    [Fact]
    public async Task ConcurrentQuestionsAndInvalidationsAllGetAnswers()
    {
        var work = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            if (i % 4 == 0) index.Invalidate();
            return await Suggest("en", "my parcel arrived damaged");
        }));

        var answers = await Task.WhenAll(work);

        Assert.All(answers, a => Assert.Equal(damagedParcel.Id, a[0].ArticleId));
    }

    [Fact]
    public async Task ASuggestionCarriesAPlainTextExcerptOfTheBody()
    {
        var suggestion = (await Suggest("en", "return an item"))[0];

        Assert.Equal("Pack the item in its original box, print the label from My pages and drop the parcel at any pickup point. You have 30 days.", suggestion.Excerpt);
        Assert.True(suggestion.Score > 0);
    }

    [Fact]
    public void ALongBodyIsCutAtAWordBoundary()
    {
        var body = string.Join(' ', Enumerable.Repeat("delivery", 40));

        var excerpt = FaqSearchIndex.Excerpt(body);

        Assert.EndsWith("delivery…", excerpt);
        Assert.InRange(excerpt.Length, 100, 161);
    }

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
