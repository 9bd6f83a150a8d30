using System.Collections;
using System.Globalization;
using System.Resources;
using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Admin.Templates;
using ChatDesk.Features.Email;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Admin.Faq;

public sealed class ContentAdminTextTests
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.ContentAdminText", typeof(ContentAdminText).Assembly);

    private static HashSet<string> Keys(string culture) =>
        [.. Strings.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [Fact]
    public void EveryFaqAndTemplateAdminStringHasASwedishTranslation() => Assert.Equal(Keys(""), Keys("sv"));

    [Fact]
    public void EveryRefusalKindAndPlaceholderHasText()
    {
        var codes = typeof(FaqAdminErrors).GetFields().Concat(typeof(TemplateAdminErrors).GetFields()).Select(f => (string)f.GetValue(null)!);
        var placeholders = new SystemTemplate?[] { null, SystemTemplate.ChatTranscript, SystemTemplate.TicketConfirmation }
            .SelectMany(TemplatePlaceholders.For).Select(p => $"Placeholder_{p}");
        var kinds = Enum.GetNames<SystemTemplate>().Select(k => $"Kind_{k}").Append("Kind_Reply");

        Assert.All(codes.Concat(placeholders).Concat(kinds), key => Assert.Contains(key, Keys("")));
    }
}
