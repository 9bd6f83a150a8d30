using ChatDesk.Features.Faq;

namespace ChatDesk.Tests.Features.Faq;

public sealed partial class FaqSearchIndexTests
{
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
}
