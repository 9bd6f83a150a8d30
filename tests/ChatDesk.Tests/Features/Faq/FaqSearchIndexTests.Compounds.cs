using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>Swedish compounds and definite forms, one-letter typos, and the demo's parcel question (issue 11).</summary>
public sealed class FaqSearchIndexCompoundTests : IDisposable
{
    private readonly FaqTestDatabase database = new();
    private readonly FaqSearchIndex index;
    private readonly FaqFolder folder;

    public FaqSearchIndexCompoundTests()
    {
        index = new FaqSearchIndex(database);
        folder = database.Folder("Support");
        database.Article(folder, "sv", "Hur reklamerar jag en trasig produkt?",
            "Fyll i reklamationsformuläret på Mina sidor och beskriv felet så noga du kan. Vi svarar inom två arbetsdagar.");
        database.Article(folder, "sv", "Vad kostar frakten?", "Frakten är gratis över 499 kronor. Annars kostar den 49 kronor.");
    }

    [Theory]
    [InlineData("avkalkningslampan")]
    [InlineData("avkalkningslampa lyser")]
    [InlineData("vad betyder lampan")]
    public async Task ASwedishCompoundOrDefiniteFormFindsAnArticleAboutItsParts(string question)
    {
        var article = database.Article(folder, "sv", "Vad betyder lampan på maskinen?",
            "En lampa som blinkar betyder att det är dags för avkalkning. Kör avkalkning med medlet som följde med.");

        var suggestions = await Suggest("sv", question);

        Assert.Equal(article.Id, suggestions[0].ArticleId);
    }

    [Theory]
    [InlineData("lampa")]
    [InlineData("lampan")]
    [InlineData("avkalkning")]
    public async Task APartFindsTheArticleThatOnlyHasTheCompound(string question)
    {
        var article = database.Article(folder, "sv", "Kaffemaskinen visar en avkalkningslampa",
            "Följ stegen i bruksanvisningen; maskinen släcker avkalkningslampan när den är klar.");

        var suggestions = await Suggest("sv", question);

        Assert.Equal(article.Id, suggestions[0].ArticleId);
    }

    [Theory]
    [InlineData("körkortet")]
    [InlineData("körkort")]
    [InlineData("KÖRKORTEN")]
    public async Task ADefiniteOrPluralFormFindsTheArticleWithAnotherForm(string question)
    {
        var article = database.Article(folder, "sv", "Kan jag legitimera mig med ett körkort?",
            "Ja, ett giltigt svenskt körkort går bra när du hämtar ut paketet.");

        var suggestions = await Suggest("sv", question);

        Assert.Equal(article.Id, suggestions[0].ArticleId);
    }

    // Snowball leaves these on other stems than the word's ("föräldrar" → "föräldr", "förälder" → "föräld"); the word
    // list's inflection rules take them back to the word.
    [Theory]
    [InlineData("föräldrar", "Vad gäller för en förälder som vill byta adress?", "Som förälder anmäler du flytten på Mina sidor.")]
    [InlineData("förälder", "Vad gäller för föräldrarna?", "Föräldrarna anmäler flytten på Mina sidor.")]
    [InlineData("omhändertagna", "Statistik", "Antalet omhändertaganden ökade förra året.")]
    public async Task AnInflectedFormFindsTheArticleWithAnotherFormOfTheWord(string question, string title, string body)
    {
        var article = database.Article(folder, "sv", title, body);

        var suggestions = await Suggest("sv", question);

        Assert.Equal(article.Id, Assert.Single(suggestions).ArticleId);
    }

    [Theory]
    [InlineData("avkalkningslampan")]
    [InlineData("lampa")]
    public async Task WithoutTheWordListCompoundsStillSplitAgainstTheFaqsOwnWords(string question)
    {
        var article = database.Article(folder, "sv", "Vad betyder lampan på maskinen?",
            "En lampa som blinkar betyder att det är dags för avkalkning; avkalkningslampan släcks när du är klar.");
        var withoutList = new FaqSearchIndex(database, FaqSwedishDictionary.None);

        var suggestions = await withoutList.SuggestAsync(folder.Id, "sv", question, 3, CancellationToken.None);

        Assert.Equal(article.Id, suggestions[0].ArticleId);
    }

    [Theory]
    [InlineData("sv", "rekalmera", "Hur reklamerar jag en trasig produkt?")]
    [InlineData("sv", "fratken", "Vad kostar frakten?")]
    [InlineData("en", "pasword", "I forgot my password")]
    [InlineData("en", "passwrod", "I forgot my password")]
    [InlineData("sv", "reklamationsformuläert", "Hur reklamerar jag en trasig produkt?")]
    public async Task AOneLetterTypoInALongerWordStillFindsItsArticle(string language, string question, string expected)
    {
        database.Article(folder, "en", "I forgot my password", "Click Forgot password on the login page and follow the link we send.");
        database.Article(folder, "en", "Opening hours", "Our support answers weekdays 8 to 17.");

        var suggestions = await Suggest(language, question);

        Assert.Equal(expected, suggestions[0].Title);
    }

    public void Dispose() => database.Dispose();

    private Task<IReadOnlyList<FaqSuggestion>> Suggest(string language, string question) =>
        index.SuggestAsync(folder.Id, language, question, 3, CancellationToken.None);
}
