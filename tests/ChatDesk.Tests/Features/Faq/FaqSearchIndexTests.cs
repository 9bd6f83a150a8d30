using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests : IDisposable
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
}
