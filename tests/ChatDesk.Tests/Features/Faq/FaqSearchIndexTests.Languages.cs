using ChatDesk.Data.Seeding;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
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
}
