using System.Net;
using System.Net.Http.Json;
using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Faq;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>/api/channels/{slug}/faq/suggestions as a company page's script meets it.</summary>
[Collection(AppHostCollection.Name)]
public sealed class FaqSuggestEndpointTests : IDisposable
{
    private const string Parcel = "Where is my parcel?";
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public FaqSuggestEndpointTests() =>
        factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Abuse:FaqSuggestPerMinute"] = "8" });

    private static string Url(string channel, string q) => $"/api/channels/{channel}/faq/suggestions?q={Uri.EscapeDataString(q)}";

    private async Task<List<Item>> SuggestAsync(string channel, string q)
    {
        var response = await factory.CreateClient().GetAsync(Url(channel, q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<Item>>())!;
    }

    [Fact]
    public async Task TheEndpointAnswersWhatTheCustomerPageShowsWithLinksToTheArticlePages()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(Url("support", Parcel));
        var items = (await response.Content.ReadFromJsonAsync<List<Item>>())!;

        using var scope = factory.Services.CreateScope();
        var channel = (await scope.ServiceProvider.GetRequiredService<ChannelDirectory>().FindAsync("support", CancellationToken.None))!;
        var page = await scope.ServiceProvider.GetRequiredService<CustomerChatFlow>().SuggestAsync(channel, Parcel, CancellationToken.None);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.NotEmpty(items);
        Assert.Equal(page.Select(s => (s.ArticleId, s.Title, s.Excerpt)), items.Select(i => (i.Id, i.Title, i.Excerpt)));
        Assert.Contains("track", items[0].Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"http://localhost/faq/{items[0].Id}", items[0].Url);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(items[0].Url).AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task UnpublishedAndInternalArticlesAndOtherLanguagesAreNeverSuggested()
    {
        int folder;
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            folder = (await db.Channels.SingleAsync(c => c.Slug == "support")).PreChat.FaqFolderId!.Value;
            db.FaqArticles.AddRange(
                new FaqArticle { FolderId = folder, Language = "en", Title = "Zeppelin delivery draft", Body = "Zeppelin.", Published = false, Public = true },
                new FaqArticle { FolderId = folder, Language = "en", Title = "Zeppelin delivery for agents", Body = "Zeppelin.", Published = true, Public = false },
                new FaqArticle { FolderId = folder, Language = "sv", Title = "Zeppelin leverans", Body = "Zeppelin.", Published = true, Public = true },
                new FaqArticle { FolderId = folder, Language = "en", Title = "Zeppelin rides", Body = "Zeppelin.", Published = true, Public = true });
            await db.SaveChangesAsync();
        }
        await factory.Services.GetRequiredService<FaqSearchIndex>().FolderChangedAsync(folder, CancellationToken.None);

        var item = Assert.Single(await SuggestAsync("support", "zeppelin"));
        Assert.Equal("Zeppelin rides", item.Title);
    }

    [Fact]
    public async Task AChannelWithoutFaqSuggestionsAnswersAnEmptyList()
    {
        Assert.NotEmpty(await SuggestAsync("support", Parcel));
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            (await db.Channels.SingleAsync(c => c.Slug == "support")).PreChat.FaqSuggestions = false;
            await db.SaveChangesAsync();
        }

        Assert.Empty(await SuggestAsync("support", Parcel));
    }

    [Theory]
    [InlineData("/api/channels/support/faq/suggestions", HttpStatusCode.BadRequest, "q is required")]
    [InlineData("/api/channels/support/faq/suggestions?q=%20%20", HttpStatusCode.BadRequest, "q is required")]
    [InlineData("/api/channels/no-such-channel/faq/suggestions?q=parcel", HttpStatusCode.NotFound, "unknown channel")]
    public async Task BadRequestsGetAClearJsonError(string url, HttpStatusCode status, string error)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<Problem>())!.Error);
    }

    [Fact]
    public async Task AQuestionLongerThan500CharactersIsRefusedAnd500AreAnswered()
    {
        var client = factory.CreateClient();

        var tooLong = await client.GetAsync(Url("support", "parcel " + new string('x', 494)));
        var longest = await client.GetAsync(Url("support", "parcel " + new string('x', 493)));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("q must be at most 500 characters", (await tooLong.Content.ReadFromJsonAsync<Problem>())!.Error);
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task AFloodIsRefusedWithA429ACompanyPageCanRead()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        // 2 × 8 + 1 requests: even if the minute's window turns over once in between, one must be refused.
        for (var i = 0; i < 17; i++) answers.Add(await client.GetAsync(Url("support", Parcel)));

        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        var refused = answers.FirstOrDefault(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        Assert.Equal("*", Assert.Single(refused.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("too many requests", await refused.Content.ReadAsStringAsync());
        // The widget's own limit is counted apart.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/widget/support")).StatusCode);
    }

    private IDbContextFactory<ChatDeskDbContext> Contexts() => factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>();

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }

    private sealed record Item(int Id, string Title, string Excerpt, string Url);

    private sealed record Problem(string Error);
}
