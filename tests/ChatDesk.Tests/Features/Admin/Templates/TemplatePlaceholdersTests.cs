using ChatDesk.Features.Admin.Templates;
using ChatDesk.Features.Email;

namespace ChatDesk.Tests.Features.Admin.Templates;

public sealed class TemplatePlaceholdersTests
{
    private readonly TemplatePreview preview = new(new TemplateRenderer());

    public static TheoryData<SystemTemplate?> Kinds => [null, SystemTemplate.ChatTranscript, SystemTemplate.TicketConfirmation];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryOfferedPlaceholderIsFilledByTheRealRenderer(SystemTemplate? kind)
    {
        foreach (var language in new[] { "en", "sv" })
        {
            foreach (var name in TemplatePlaceholders.For(kind))
            {
                var token = TemplatePlaceholders.Token(name);
                var mail = preview.Render(new ReplyTemplate { Language = language, System = kind, Subject = "S", Body = $"[{token}]" });

                Assert.DoesNotContain(token, mail.TextBody);
                Assert.DoesNotMatch(@"^\[\]\s*$", mail.TextBody); // filled with a sample value, not emptied
            }
        }
    }

    [Fact]
    public void TheTicketConfirmationOffersNoAgentAndAReplyTemplateOnlyTheNames()
    {
        Assert.DoesNotContain(TemplatePlaceholders.AgentName, TemplatePlaceholders.For(SystemTemplate.TicketConfirmation));
        Assert.Equal([TemplatePlaceholders.CustomerName, TemplatePlaceholders.AgentName], TemplatePlaceholders.For(null));
    }

    [Fact]
    public void ThePreviewFillsSampleValuesInTheTemplatesLanguage()
    {
        var mail = preview.Render(new ReplyTemplate
        {
            Language = "sv", System = SystemTemplate.TicketConfirmation,
            Subject = "Ärende #{ticket.number}", Body = "Hej {customer.name}, {date}: {ticket.question}",
        });

        Assert.Equal("Ärende #1042", mail.Subject);
        Assert.Equal("Hej Alex Exempel, 14 mars 2026: Var är mitt paket?", mail.TextBody);
    }
}
