using System.Collections;
using System.Globalization;
using System.Resources;
using ChatDesk.Features.Supervision.Figures;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Supervision;

public sealed class SupervisorTextTests
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.SupervisorText", typeof(SupervisorText).Assembly);

    private static HashSet<string> Keys(string culture) =>
        [.. Strings.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [Fact]
    public void EverySupervisorStringHasASwedishTranslation() => Assert.Equal(Keys(""), Keys("sv"));

    [Fact]
    public void EveryWaitBucketHasALabel() =>
        Assert.All(WaitBuckets.Keys, key => Assert.Contains(key, Keys("")));

    [Theory]
    [InlineData(null, "–")]
    [InlineData(45, "45 s")]
    [InlineData(192, "3 min 12 s")]
    [InlineData(3900, "1 h 5 min")]
    public void DurationsReadAtAGlance(int? seconds, string text) =>
        Assert.Equal(text, SupervisorText.For("en").Duration(seconds is { } s ? TimeSpan.FromSeconds(s) : null));
}
