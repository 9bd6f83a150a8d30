using ChatDesk.Features.Email;

namespace ChatDesk.Data.Seeding;

internal static class DemoTemplates
{
    public static IEnumerable<ReplyTemplate> All() =>
    [
        new()
        {
            Name = "Chat transcript", Language = "en", System = SystemTemplate.ChatTranscript,
            Subject = "Your chat with {channel.name} on {date}",
            Body = "Hi {customer.name},\n\nHere is the log of your chat with {agent.name} on {date}.\n\n{messages}\n\nBest regards,\n{channel.name}",
        },
        new()
        {
            Name = "Chattlogg", Language = "sv", System = SystemTemplate.ChatTranscript,
            Subject = "Din chatt med {channel.name} den {date}",
            Body = "Hej {customer.name},\n\nHär är loggen från din chatt med {agent.name} den {date}.\n\n{messages}\n\nVänliga hälsningar\n{channel.name}",
        },
        new()
        {
            Name = "Ticket confirmation", Language = "en", System = SystemTemplate.TicketConfirmation,
            Subject = "We have received your request #{ticket.number}",
            Body = "Hi {customer.name},\n\nThank you for contacting {channel.name}. Your request has been registered with ticket ID #{ticket.number}, and we will reply to this address as soon as we can.\n\nYour question:\n{ticket.question}\n\nBest regards,\n{channel.name}",
        },
        new()
        {
            Name = "Ärendebekräftelse", Language = "sv", System = SystemTemplate.TicketConfirmation,
            Subject = "Vi har tagit emot ditt ärende #{ticket.number}",
            Body = "Hej {customer.name},\n\nTack för att du kontaktade {channel.name}. Ditt ärende har registrerats med ärende-ID #{ticket.number}, och vi svarar till den här adressen så snart vi kan.\n\nDin fråga:\n{ticket.question}\n\nVänliga hälsningar\n{channel.name}",
        },
        new() { Name = "Greeting", Language = "en", Body = "Hi {customer.name}, thanks for reaching out! Let me look into that for you." },
        new() { Name = "Hälsning", Language = "sv", Body = "Hej {customer.name}, tack för att du hör av dig! Jag ska titta på det åt dig." },
        new() { Name = "Anything else?", Language = "en", Body = "Is there anything else I can help you with today?" },
        new() { Name = "Något mer?", Language = "sv", Body = "Finns det något mer jag kan hjälpa dig med i dag?" },
    ];
}
