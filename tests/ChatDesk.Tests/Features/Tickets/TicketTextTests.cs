using System.Collections;
using System.Globalization;
using System.Resources;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketTextTests
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.TicketText", typeof(TicketText).Assembly);

    private static HashSet<string> Keys(string culture) =>
        [.. Strings.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [Fact]
    public void EveryTicketStringHasASwedishTranslation() => Assert.Equal(Keys(""), Keys("sv"));

    [Fact]
    public void EveryStatusAndPriorityHasAName()
    {
        foreach (var language in new[] { "en", "sv" })
        {
            var text = TicketText.For(language);
            Assert.All(Enum.GetValues<TicketStatus>(), s => Assert.DoesNotContain("_", text.Status(s)));
            Assert.All(Enum.GetValues<TicketPriority>(), p => Assert.DoesNotContain("_", text.Priority(p)));
        }
    }
}
