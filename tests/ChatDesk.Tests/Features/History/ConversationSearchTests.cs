using ChatDesk.Features.History;
using ChatDesk.Features.Identity;

namespace ChatDesk.Tests.Features.History;

/// <summary>The search finds chats by customer, e-mail, words and days, only in the channels the searcher may read.</summary>
public sealed class ConversationSearchTests : IDisposable
{
    private readonly HistoryWorld world = new();
    private readonly CancellationToken ct = CancellationToken.None;
    private long kim, lo, sales;

    private async Task SeedAsync()
    {
        kim = await world.ChatAsync(world.World.ChannelId, "Kim Karlsson", "Kim@Example.com", "My BLENDER makes noise");
        world.World.Time.Advance(TimeSpan.FromDays(2));
        lo = await world.ChatAsync(world.World.ChannelId, "Lo Lind", "lo@example.org", "Where is my parcel?");
        sales = await world.ChatAsync(world.SalesId, "Kim Karlsson", "kim@example.com", "A quote for a blender, please");
    }

    private async Task<IReadOnlyList<long>> FindAsync(StaffActor actor, ConversationQuery query, TimeZoneInfo? zone = null) =>
        (await world.Get<ConversationSearch>().SearchAsync(actor, query, zone ?? TimeZoneInfo.Utc, ct)).Hits.Select(h => h.SessionId).ToList();

    [Fact]
    public async Task AnAgentFindsOnlyTheirChannelsChatsByAWordInAnyCase()
    {
        await SeedAsync();

        Assert.Equal([kim], await FindAsync(HistoryWorld.Agent("anna"), new(Text: "blender")));
        Assert.Equal([sales], await FindAsync(HistoryWorld.Agent("eva"), new(Text: "BLENDER")));
        Assert.Equal([sales, kim], await FindAsync(HistoryWorld.Admin, new(Text: "Blender")));
    }

    [Fact]
    public async Task NameEmailAndInternalNotesNarrowTheSearch()
    {
        await SeedAsync();
        await world.Get<ChatNotes>().AddAsync(HistoryWorld.Agent("bo"), lo, "Parcel lost by the courier", ct);

        Assert.Equal([kim], await FindAsync(HistoryWorld.Supervisor("lars"), new(Customer: "karlsson")));
        Assert.Equal([kim], await FindAsync(HistoryWorld.Supervisor("lars"), new(Email: "KIM@example")));
        Assert.Equal([lo], await FindAsync(HistoryWorld.Agent("anna"), new(Text: "courier")));
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(Customer: "Lo", Text: "blender")));
    }

    [Fact]
    public async Task DaysAreTheViewersDaysAndBothEndsAreIncluded()
    {
        await SeedAsync(); // kim at 2026-11-24 09:00 UTC, lo two days later
        var day = DateOnly.FromDateTime(world.World.Time.GetUtcNow().UtcDateTime);

        Assert.Equal([lo], await FindAsync(HistoryWorld.Agent("anna"), new(From: day, To: day)));
        Assert.Equal([lo, kim], await FindAsync(HistoryWorld.Agent("anna"), new(From: day.AddDays(-2), To: day)));
        // 09:00 UTC on the 24th is 22:00 on the 23rd in Honolulu (UTC-10).
        var honolulu = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu");
        Assert.Equal([kim], await FindAsync(HistoryWorld.Agent("anna"), new(From: day.AddDays(-3), To: day.AddDays(-3)), honolulu));
    }

    [Fact]
    public async Task ReversedDaysAndWildcardsFindNothingUnexpected()
    {
        await SeedAsync();
        var day = new DateOnly(2026, 11, 24);

        Assert.Equal(SearchProblem.DatesReversed, ConversationSearch.Check(new(From: day, To: day.AddDays(-1))));
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(From: day, To: day.AddDays(-1))));
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(Text: "%")));
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(Customer: "K_m")));
    }

    [Fact]
    public async Task SwedishLettersMatchInEitherCase()
    {
        var asa = await world.ChatAsync(world.World.ChannelId, "Åsa Öberg", "asa@example.se", "ÖPPETTIDER i jul?");
        var ake = await world.ChatAsync(world.World.ChannelId, "Åke Ärlig", "ake@example.se", "Kaffebryggaren läcker");

        Assert.Equal([asa], await FindAsync(HistoryWorld.Agent("anna"), new(Customer: "åsa")));
        Assert.Equal([asa], await FindAsync(HistoryWorld.Agent("anna"), new(Customer: "ÖBERG")));
        Assert.Equal([asa], await FindAsync(HistoryWorld.Agent("anna"), new(Text: "öppettider")));
        Assert.Equal([ake], await FindAsync(HistoryWorld.Agent("anna"), new(Text: "LÄCKER")));
        // Glob's own wildcards typed by the searcher are literal too.
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(Text: "*")));
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(Customer: "Å?a")));
        Assert.Empty(await FindAsync(HistoryWorld.Agent("anna"), new(Customer: "[Å]sa")));
    }

    [Fact]
    public async Task ResultsComeAPageAtATimeNewestFirst()
    {
        var ids = new List<long>();
        for (var i = 0; i < ConversationSearch.PageSize + 3; i++)
        {
            ids.Add(await world.ChatAsync(world.World.ChannelId, $"Customer {i}", $"c{i}@example.com", "Hello"));
            world.World.Time.Advance(TimeSpan.FromMinutes(1));
        }
        ids.Reverse();

        var first = await world.Get<ConversationSearch>().SearchAsync(HistoryWorld.Agent("anna"), new(), TimeZoneInfo.Utc, ct);
        var second = await world.Get<ConversationSearch>().SearchAsync(HistoryWorld.Agent("anna"), new(Page: 1), TimeZoneInfo.Utc, ct);

        Assert.Equal(ids.Take(ConversationSearch.PageSize), first.Hits.Select(h => h.SessionId));
        Assert.True(first.HasMore);
        Assert.Equal(ids.Skip(ConversationSearch.PageSize), second.Hits.Select(h => h.SessionId));
        Assert.False(second.HasMore);
    }

    [Fact]
    public async Task SomeoneWithoutAChannelFindsNothing()
    {
        await SeedAsync();
        Assert.Empty(await FindAsync(HistoryWorld.Agent("nobody"), new()));
    }

    public void Dispose() => world.Dispose();
}
