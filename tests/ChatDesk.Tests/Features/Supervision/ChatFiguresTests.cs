using ChatDesk.Features.Conversations;
using ChatDesk.Features.Supervision.Figures;

namespace ChatDesk.Tests.Features.Supervision;

public sealed class ChatFiguresTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static SessionFacts Answered(int waitSeconds, int? durationSeconds, int? rating = null) => new(
        1, durationSeconds is null ? SessionStatus.Active : SessionStatus.Ended, Nine, Nine, Nine.AddSeconds(waitSeconds),
        durationSeconds is { } d ? Nine.AddSeconds(waitSeconds + d) : null, rating);

    [Fact]
    public void WaitsOf30_60_90And300SecondsAverage120WithA90thPercentileOf300()
    {
        var figures = ChatFigures.From([Answered(30, 100), Answered(60, 200), Answered(90, null), Answered(300, 400)]);

        // (30 + 60 + 90 + 300) / 4 = 480 / 4 = 120 s
        Assert.Equal(TimeSpan.FromSeconds(120), figures.AverageWait);
        // nearest rank ⌈0.9 × 4⌉ = 4 → 300 s
        Assert.Equal(TimeSpan.FromSeconds(300), figures.Percentile90Wait);
        // only ended chats have a duration: (100 + 200 + 400) / 3 = 233.33… → 233 s
        Assert.Equal(TimeSpan.FromSeconds(233), figures.AverageDuration);
        Assert.Equal(4, figures.Requested);
        Assert.Equal(4, figures.Answered);
    }

    [Fact]
    public void AnAbandonedChatCountsAsRequestedButNotAnsweredAndHasNoWait()
    {
        var abandoned = new SessionFacts(1, SessionStatus.Abandoned, Nine, Nine, null, Nine.AddMinutes(3), null);

        var figures = ChatFigures.From([abandoned, Answered(40, 60)]);

        Assert.Equal((2, 1, 1), (figures.Requested, figures.Answered, figures.AbandonedInQueue));
        Assert.Equal(TimeSpan.FromSeconds(40), figures.AverageWait);
    }

    [Fact]
    public void AChatResolvedByTheFaqIsNeitherRequestedNorAbandoned()
    {
        var faq = new SessionFacts(1, SessionStatus.ResolvedByFaq, Nine, null, null, Nine.AddMinutes(2), null);

        var figures = ChatFigures.From([faq]);

        Assert.Equal((0, 0, 1), (figures.Requested, figures.AbandonedInQueue, figures.ResolvedByFaq));
    }

    [Fact]
    public void TheAverageRatingCountsOnlyRatedChats() =>
        // (5 + 4 + 2) / 3 = 11 / 3 = 3.666…
        Assert.Equal(11 / 3.0, ChatFigures.From([Answered(1, 1, 5), Answered(1, 1, 4), Answered(1, 1, 2), Answered(1, 1)]).AverageRating);

    [Fact]
    public void NoChatsGiveZerosAndNoAverages()
    {
        var figures = ChatFigures.From([], ticketsCreated: 2);

        Assert.Equal(new ChatFigures(0, 0, 0, 0, 2, null, null, null, null), figures);
    }

    [Theory]
    [InlineData(29, 0)]
    [InlineData(30, 1)]
    [InlineData(59, 1)]
    [InlineData(60, 2)]
    [InlineData(119, 2)]
    [InlineData(120, 3)]
    [InlineData(299, 3)]
    [InlineData(300, 4)]
    [InlineData(599, 4)]
    [InlineData(600, 5)]
    [InlineData(3600, 5)]
    public void AWaitFallsInTheBucketWhoseUpperBoundItIsBelow(int waitSeconds, int bucket)
    {
        var counts = WaitBuckets.Count([Answered(waitSeconds, 10)]);

        Assert.Equal(1, counts[bucket]);
        Assert.Equal(1, counts.Sum());
    }
}
