using System.Globalization;
using ChatDesk.Features.Admin.Channels;
using ChatDesk.Features.Channels;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Admin.Channels;

public sealed class TimeZoneChoicesTests
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PartOfANameFindsTheZone() => Assert.Contains("Europe/Stockholm", TimeZoneChoices.Search("Stock"));

    [Fact]
    public void ASpaceMatchesTheUnderscoreOfAnId() => Assert.Contains("America/New_York", TimeZoneChoices.Search("new york"));

    [Fact]
    public void OnlyIanaIdsAreListed() =>
        Assert.All(TimeZoneChoices.Ids, id => Assert.True(id == "UTC" || id.Contains('/'), id));

    [Fact]
    public void ALabelShowsTheOffsetOfThatDay()
    {
        Assert.Equal("Europe/Stockholm (UTC+01:00)", TimeZoneChoices.Label("Europe/Stockholm", Winter));
        Assert.Equal("Europe/Stockholm (UTC+02:00)", TimeZoneChoices.Label("Europe/Stockholm", Summer));
        Assert.Equal("America/New_York (UTC-05:00)", TimeZoneChoices.Label("America/New_York", Winter));
    }

    [Fact]
    public void AnUnknownIdIsShownAsTyped() => Assert.Equal("Mars/Base", TimeZoneChoices.Label("Mars/Base", Winter));

    [Theory]
    [InlineData("en", "'Time zone' must be a known time zone such as Europe/Stockholm; 'Mars/Base' is not one.")]
    [InlineData("sv", "\"Tidszon\" måste vara en känd tidszon som Europe/Stockholm; 'Mars/Base' är ingen.")]
    public void AnUnknownZoneIsNamedAtTheFieldByItsLabel(string language, string expected)
    {
        var channel = new ChatChannel { Name = "Support", Slug = "support", Hours = new OpeningHours { TimeZoneId = "Mars/Base", AlwaysOpen = true } };

        var errors = ValidationText.Under(CultureInfo.GetCultureInfo(language == "sv" ? "sv-SE" : "en"),
            () => new ChatChannelValidator().Validate(channel).Errors);

        Assert.Equal(expected, Assert.Single(errors, e => e.PropertyName == "Hours.TimeZoneId").ErrorMessage);
    }
}
