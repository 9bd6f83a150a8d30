using ChatDesk.Features.Channels;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;

namespace ChatDesk.Data.Seeding;

internal static class DemoChannels
{
    public static IEnumerable<ChatChannel> All(IReadOnlyDictionary<string, FaqFolder> faqRoots, IReadOnlyDictionary<string, StaffUser> users)
    {
        yield return English(faqRoots["en"], users);
        yield return Swedish(faqRoots["sv"], users);
    }

    private static ChatChannel English(FaqFolder faq, IReadOnlyDictionary<string, StaffUser> users) => new()
    {
        Name = "Nordhem Support", Slug = "support", Language = "en", BadgeText = "Chat with us",
        Description = "Customer service for orders, deliveries, returns and product help.",
        Look = new WidgetLook { Color = "#1565c0", Header = "Chat with Nordhem support", Message = "We usually answer within a few minutes." },
        WelcomeMessage = "Hi, I'm {agent}. Thanks for waiting — how can I help you?",
        Hours = new OpeningHours { TimeZoneId = "Europe/Stockholm", AlwaysOpen = true },
        PreChat = new PreChatForm { Message = "Tell us who you are and we'll connect you with an agent.", FaqSuggestions = true, FaqFolderId = faq.Id },
        PostChat = new PostChatForm { Header = "Thanks for chatting with us", Message = "How did we do? Your rating helps us get better." },
        Offline = new OfflineForm
        {
            Header = "We're closed right now", Message = "Leave your question and we'll answer by e-mail on the next working day.",
            TicketCategory = "Chat request",
        },
        QueueFallbackMinutes = 10, QueueFallbackLength = 15,
        Members = Members(users),
    };

    private static ChatChannel Swedish(FaqFolder faq, IReadOnlyDictionary<string, StaffUser> users) => new()
    {
        Name = "Nordhem Kundtjänst", Slug = "support-sv", Language = "sv", BadgeText = "Chatta med oss",
        Description = "Kundtjänst för beställningar, leveranser, returer och produkthjälp.",
        Look = new WidgetLook { Color = "#2e7d32", Header = "Chatta med Nordhems kundtjänst", Message = "Vi svarar oftast inom några minuter." },
        WelcomeMessage = "Hej, jag heter {agent}. Tack för att du väntade – vad kan jag hjälpa dig med?",
        Hours = new OpeningHours
        {
            TimeZoneId = "Europe/Stockholm",
            Days = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new DayHours { Day = d, Open = new TimeOnly(8, 0), Close = new TimeOnly(17, 0) })],
            LunchStart = new TimeOnly(12, 0), LunchEnd = new TimeOnly(13, 0),
            Holidays = [new(2026, 12, 24), new(2026, 12, 25), new(2026, 12, 26), new(2026, 12, 31), new(2027, 1, 1), new(2027, 1, 6)],
        },
        PreChat = new PreChatForm { Message = "Berätta vem du är så kopplar vi dig till en handläggare.", FaqSuggestions = true, FaqFolderId = faq.Id },
        PostChat = new PostChatForm { Header = "Tack för att du chattade med oss", Message = "Hur nöjd är du? Ditt betyg hjälper oss att bli bättre." },
        Offline = new OfflineForm
        {
            Header = "Tyvärr, vi har stängt", Message = "Lämna din fråga så svarar vi via e-post nästa arbetsdag.",
            TicketCategory = "Chattärende",
        },
        QueueFallbackMinutes = 10, QueueFallbackLength = 15,
        Members = Members(users),
    };

    private static List<ChannelMember> Members(IReadOnlyDictionary<string, StaffUser> users) =>
    [
        new() { UserId = users["agent1"].Id },
        new() { UserId = users["agent2"].Id },
        new() { UserId = users["supervisor"].Id, CanRespond = false, CanListenIn = true, IsManager = true },
    ];
}
