using System.Text.RegularExpressions;
using ChatDesk.Features.Channels;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Queue;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.CustomerChat;

/// <summary>What a customer who cannot chat reads: closed only when the hours are over, "no one is available"
/// inside them, why the request form is offered in the queue, and opening hours that name their zone.</summary>
public sealed partial class TruthfulTextTests
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    // Monday 7 December 2026: 07:00 in Stockholm (before opening) and 11:00 (open, nobody present).
    private static readonly DateTimeOffset BeforeOpening = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset InsideHours = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private static ChatChannel Channel(TimeOnly close, string header = "", string message = "") => new()
    {
        Name = "Support", Slug = "support",
        Hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm",
            Days = [.. Enum.GetValues<DayOfWeek>().Select(d => new DayHours { Day = d, Open = new TimeOnly(8, 0), Close = close })],
        },
        Offline = new OfflineForm { Header = header, Message = message },
    };

    [Theory]
    [InlineData("en", "We're closed right now", "Leave your question and we will answer by e-mail.")]
    [InlineData("sv", "Vi har stängt just nu", "Lämna din fråga så svarar vi via e-post.")]
    public void OutsideOpeningHoursItSaysClosedOnce(string language, string heading, string message)
    {
        var notice = ClosedNotice.For(Channel(new TimeOnly(17, 0)), CustomerText.For(language), BeforeOpening, Stockholm);

        Assert.Equal(heading, notice.Heading);
        Assert.Equal(message, notice.Message);
        var all = string.Join(" ", [notice.Heading, notice.Message, notice.ZoneLine, .. notice.Days.Select(d => d.Times)]);
        Assert.Single(ClosedWord().Matches(all));
    }

    [Theory]
    [InlineData("en", "No one is available to chat right now")]
    [InlineData("sv", "Ingen handläggare är tillgänglig just nu")]
    public void InsideOpeningHoursWithNobodyPresentItDoesNotSayClosed(string language, string heading)
    {
        var channel = Channel(new TimeOnly(17, 0), header: "We're closed right now");

        var notice = ClosedNotice.For(channel, CustomerText.For(language), InsideHours, Stockholm);

        Assert.Equal(ClosedReason.NobodyAvailable, ClosedNotice.ReasonAt(channel, InsideHours));
        Assert.Equal(heading, notice.Heading);
        Assert.DoesNotMatch(ClosedWord(), notice.Heading + " " + notice.Message);
    }

    [Theory]
    [InlineData("en", "Monday 7 December", "08:00–23:59", "Times in Europe/Stockholm (UTC+01:00).")]
    [InlineData("sv", "måndag 7 december", "08:00–23:59", "Tider i tidszonen Europe/Stockholm (UTC+01:00).")]
    public void AMidnightCloseShowsAs2359AndTheZoneIsNamed(string language, string day, string times, string zone)
    {
        var notice = ClosedNotice.For(Channel(new TimeOnly(23, 59)), CustomerText.For(language), BeforeOpening, Stockholm);

        Assert.Equal(zone, notice.ZoneLine);
        Assert.Equal(new OpeningDayLine(day, times), notice.Days[0]);
        Assert.All(notice.Days, d => Assert.Equal("08:00–23:59", d.Times));
    }

    [Fact]
    public void AViewerInAnotherZoneSeesTheirOwnTimesAndZone()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var notice = ClosedNotice.For(Channel(new TimeOnly(17, 0)), CustomerText.For("en"), BeforeOpening, london);

        Assert.Equal("Times in Europe/London (UTC+00:00).", notice.ZoneLine);
        Assert.Equal("07:00–16:00", notice.Days[0].Times);
    }

    [Fact]
    public void AMidnightCloseIsItsLastMinuteInAnotherZoneToo()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var notice = ClosedNotice.For(Channel(new TimeOnly(23, 59)), CustomerText.For("en"), BeforeOpening, london);

        Assert.Equal("07:00–22:59", notice.Days[0].Times);
    }

    [Theory]
    [InlineData("en", QueueFallbackReason.LongWait, "It is taking longer than usual. You can leave a request instead and we will answer by e-mail.")]
    [InlineData("en", QueueFallbackReason.LongQueue, "Many customers are waiting right now. You can leave a request instead and we will answer by e-mail.")]
    [InlineData("sv", QueueFallbackReason.LongWait, "Det tar längre tid än vanligt. Du kan lämna ett ärende i stället så svarar vi via e-post.")]
    [InlineData("sv", QueueFallbackReason.LongQueue, "Många kunder väntar just nu. Du kan lämna ett ärende i stället så svarar vi via e-post.")]
    public void TheQueueFallbackSaysWhyItIsOffered(string language, QueueFallbackReason reason, string expected) =>
        Assert.Equal(expected, QueueTextFormatter.FallbackOffer(CustomerText.For(language), Channel(new TimeOnly(17, 0)), new QueueView(15, 15, null, reason)));

    [Fact]
    public void ALongQueueAtTheFirstSecondIsNotCalledALongWait()
    {
        var channel = new ChatChannel { QueueFallbackMinutes = 10, QueueFallbackLength = 15 };

        Assert.Equal(QueueFallbackReason.LongQueue, QueueFallback.Reason(channel, TimeSpan.Zero, position: 15));
        Assert.Equal(QueueFallbackReason.None, QueueFallback.Reason(channel, TimeSpan.Zero, position: 3));
    }

    [Theory]
    [InlineData("en", "Leave your question and we will answer by e-mail.")]
    [InlineData("sv", "Lämna din fråga så svarar vi via e-post.")]
    public void TheRequestFormAfterTheQueueDoesNotPromiseAnAgent(string language, string expected)
    {
        var intro = QueueTextFormatter.RequestIntro(CustomerText.For(language), Channel(new TimeOnly(17, 0)));

        Assert.Equal(expected, intro);
        Assert.DoesNotMatch("(?i)agent|handläggare", intro);
    }

    [Theory]
    [InlineData("en", 1, "Kim has waited more than 1 minute in the queue.")]
    [InlineData("en", 2, "Kim has waited more than 2 minutes in the queue.")]
    [InlineData("sv", 1, "Kim har väntat mer än 1 minut i kön.")]
    [InlineData("sv", 5, "Kim har väntat mer än 5 minuter i kön.")]
    public void CountsTakeTheRightForm(string language, int minutes, string expected) =>
        Assert.Equal(expected, StaffText.For(language).Plural("WaitedMore", minutes, "Kim", minutes));

    [GeneratedRegex("(?i)closed|stängt")]
    private static partial Regex ClosedWord();
}
