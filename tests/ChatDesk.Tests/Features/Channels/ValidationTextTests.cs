using System.Collections;
using System.Globalization;
using System.Resources;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Channels;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Channels;

public sealed class ValidationTextTests
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ValidationText", typeof(ValidationText).Assembly);
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static HashSet<string> Keys(string culture) =>
        [.. Strings.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [Fact]
    public void EveryValidationMessageHasASwedishTranslation() => Assert.Equal(Keys(""), Keys("sv"));

    [Fact]
    public void ASwedishAdminReadsTheChannelProblemsInSwedish()
    {
        var channel = new ChatChannel { Name = "", Slug = "Bad Slug", Look = { Color = "red" } };
        channel.Hours.Days.Add(new DayHours { Day = DayOfWeek.Monday, Open = new(17, 0), Close = new(8, 0) });

        var messages = ValidationText.Under(Swedish, () => new ChatChannelValidator().Validate(channel))
            .Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

        // FluentValidation's own Swedish, and ours, name the field by its label on the channel form.
        Assert.Equal("\"Namn\" måste anges.", messages["Name"]);
        Assert.Equal("\"Kortnamn\" får bara innehålla små bokstäver a–z, siffror och '-', och måste börja med en bokstav eller siffra.", messages["Slug"]);
        Assert.Equal("\"Färg\" måste vara en färg som #1565c0.", messages["Look.Color"]);
        Assert.Equal("Hours.Days[0].Close måste vara efter öppningstiden (använd 23:59 för midnatt)", messages["Hours.Days[0].Close"]);
    }

    [Fact]
    public void ASwedishAdminReadsThePasswordPolicyInSwedish()
    {
        var form = new StaffUserForm { UserName = "olle", Email = "olle@example.test", DisplayName = "Olle Ek", Roles = ["Agent"], Password = "kort" };

        var problems = ValidationText.Under(Swedish, () => new StaffUserValidator(requirePassword: true).Validate(form))
            .Errors.Where(e => e.PropertyName == "Password").Select(e => e.ErrorMessage);

        Assert.Equal(["Använd minst 6 tecken.", "Ta med en siffra (0–9).", "Ta med en stor bokstav (A–Z).",
            "Ta med ett tecken som inte är en bokstav eller siffra."], problems);
    }

    [Fact]
    public void TheCultureIsOnlyBorrowedForTheValidation()
    {
        var before = CultureInfo.CurrentUICulture;

        ValidationText.Under(Swedish, () => new ChatChannelValidator().Validate(new ChatChannel()));

        Assert.Equal(before, CultureInfo.CurrentUICulture);
        Assert.Equal("'Slug' may hold only lower-case letters a–z, digits and '-', and must start with a letter or digit.",
            ValidationText.Under(CultureInfo.InvariantCulture, () => new ChatChannelValidator().Validate(new ChatChannel { Slug = "A" }))
                .Errors.Single(e => e.PropertyName == "Slug").ErrorMessage);
    }
}
