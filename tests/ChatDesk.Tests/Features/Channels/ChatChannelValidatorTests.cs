using ChatDesk.Features.Channels;

namespace ChatDesk.Tests.Features.Channels;

public sealed class ChatChannelValidatorTests
{
    private readonly ChatChannelValidator validator = new();

    private static ChatChannel Good() => new()
    {
        Name = "Shop",
        Slug = "shop-2",
        Language = "sv",
        QueueMessage = "You are number {position}, about {wait}.",
        Hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", AlwaysOpen = true },
        Members = [new ChannelMember { UserId = "u1" }, new ChannelMember { UserId = "u2" }],
    };

    private IReadOnlyList<string> FailingPaths(ChatChannel channel) =>
        validator.Validate(channel).Errors.Select(e => e.PropertyName).ToList();

    [Fact]
    public void AcceptsAGoodChannel() => Assert.Empty(FailingPaths(Good()));

    [Theory]
    [InlineData("Bad Slug")]
    [InlineData("-leading-dash")]
    [InlineData("ÅÄÖ")]
    [InlineData("")]
    public void RefusesASlugThatCannotBeALink(string slug)
    {
        var channel = Good();
        channel.Slug = slug;

        Assert.Contains("Slug", FailingPaths(channel));
    }

    [Fact]
    public void NamesEachBadFieldByItsPath()
    {
        var channel = Good();
        channel.Language = "de";
        channel.Look.Color = "red";
        channel.Look.LogoUrl = "javascript:alert(1)";
        channel.QueueMessage = "Wait {minutes}";
        channel.ManagerWarningMinutes = 1;
        channel.WarningMinutes = 3;
        channel.PreChat.RequiredFields = CustomerFields.Name | CustomerFields.Consent;
        channel.Offline.TicketCategory = "";
        channel.Hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", Days = [new DayHours { Day = DayOfWeek.Monday, Open = new(17, 0), Close = new(8, 0) }] };
        channel.Members.Add(new ChannelMember { UserId = "u1" });

        Assert.Equal(
            ["Language", "QueueMessage", "ManagerWarningMinutes", "Look.Color", "Look.LogoUrl", "Hours.Days[0].Close",
             "PreChat.ConsentText", "PreChat.RequiredFields", "Offline.TicketCategory", "Members"],
            FailingPaths(channel));
    }

    [Fact]
    public void FallbackLimitsAreOptionalButMustBeSensibleWhenSet()
    {
        var channel = Good();
        channel.QueueFallbackMinutes = 0;
        channel.QueueFallbackLength = null;

        Assert.Equal(["QueueFallbackMinutes"], FailingPaths(channel));
    }
}
