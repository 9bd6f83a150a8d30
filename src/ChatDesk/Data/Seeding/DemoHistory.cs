using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;

namespace ChatDesk.Data.Seeding;

/// <summary>Four weeks of ended chats before the seed day, so the supervisor's comparison with earlier weeks and the
/// reports show something on a first look. Deterministic (a fixed random seed, times relative to the seed day):
/// the same day seeds the same history. Demo mode only; the chats cannot be opened by any browser (no token).</summary>
internal static class DemoHistory
{
    public const int Days = 28;

    private static readonly string[] Names =
        ["Erik Lund", "Maria Berg", "Johan Ek", "Sara Holm", "Lena Nyström", "Peter Wall", "Karin Dahl", "Ali Hassan",
         "Emma Lindqvist", "Oscar Sjöberg", "Nora Falk", "Viktor Strand", "Ida Mäkinen", "Hugo Blom", "Elsa Forsberg"];

    private static readonly Dictionary<string, string[][]> Scripts = new()
    {
        ["en"] =
        [
            ["Where is my order? It was due yesterday.", "Let me check the tracking for you.", "It is with the carrier and arrives tomorrow.", "Great, thanks!"],
            ["Can I return a coffee maker I opened?", "Yes, within 30 days if it is complete.", "How do I send it back?", "I have e-mailed you a return label."],
            ["My discount code does not work.", "Which code are you using?", "SPRING20", "It expired on Sunday; I have added a new one to your account."],
        ],
        ["sv"] =
        [
            ["Var är min beställning? Den skulle ha kommit i går.", "Jag kollar spårningen åt dig.", "Den är hos transportören och kommer i morgon.", "Toppen, tack!"],
            ["Kan jag returnera en kaffebryggare som jag har öppnat?", "Ja, inom 30 dagar om den är komplett.", "Hur skickar jag tillbaka den?", "Jag har mejlat dig en returetikett."],
            ["Min rabattkod fungerar inte.", "Vilken kod använder du?", "VAR20", "Den gick ut i söndags; jag har lagt in en ny på ditt konto."],
        ],
    };

    // Chats per hour of the working day (local time), busiest mid-morning and after lunch.
    private static readonly int[] HourWeights = [0, 0, 0, 0, 0, 0, 0, 1, 3, 5, 6, 4, 3, 5, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0];

    public static IEnumerable<ChatSession> For(IEnumerable<ChatChannel> channels, IReadOnlyList<StaffUser> agents, DateTimeOffset now)
    {
        var random = new Random(13);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        foreach (var channel in channels)
        {
            for (var back = Days; back >= 1; back--)
            {
                var date = today.AddDays(-back);
                var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                if (weekend && !channel.Hours.AlwaysOpen) continue;
                var count = weekend ? random.Next(1, 4) : random.Next(5, 11);
                for (var i = 0; i < count; i++)
                    yield return Chat(channel, agents, random, At(date, Hour(random), random.Next(60), zone));
            }
        }
    }

    private static ChatSession Chat(ChatChannel channel, IReadOnlyList<StaffUser> agents, Random random, DateTimeOffset requested)
    {
        var name = Names[random.Next(Names.Length)];
        var waited = TimeSpan.FromSeconds(random.Next(15, 420));
        var abandoned = random.Next(100) < 8;
        var session = new ChatSession(abandoned ? SessionStatus.Abandoned : SessionStatus.Ended)
        {
            ChannelId = channel.Id,
            Customer = new CustomerDetails { Name = name, Email = name.ToLowerInvariant().Replace(' ', '.').Replace('ö', 'o').Replace('ä', 'a') + "@example.com" },
            CreatedAt = requested.AddSeconds(-40), RequestedAt = requested, InitialQueuePosition = 1 + random.Next(3),
            CustomerConnection = CustomerConnection.Left,
        };
        if (abandoned)
        {
            (session.EndedAt, session.EndReason) = (requested + waited, EndReason.Abandoned);
            return session;
        }
        var agent = agents[random.Next(agents.Count)];
        var accepted = requested + waited;
        var script = Scripts[channel.Language == "sv" ? "sv" : "en"][random.Next(3)];
        (session.AgentId, session.AgentDisplayName, session.AcceptedAt) = (agent.Id, agent.FirstName, accepted);
        for (var i = 0; i < script.Length; i++)
        {
            var customer = i % 2 == 0;
            session.Messages.Add(new ChatMessage
            {
                Sequence = i + 1, ClientMessageId = new Guid(random.Next(), 0, 0, new byte[8]), Author = customer ? AuthorKind.Customer : AuthorKind.Agent,
                AuthorName = customer ? name : agent.FirstName, Text = script[i], SentAt = accepted.AddMinutes(i + 1),
                ReadByAgent = true, ReadByCustomer = true,
            });
        }
        session.LastSequence = script.Length;
        (session.EndedAt, session.EndReason) = (accepted.AddMinutes(script.Length + random.Next(1, 15)), random.Next(2) == 0 ? EndReason.Agent : EndReason.Customer);
        if (random.Next(100) < 60) session.Rating = random.Next(100) < 70 ? 5 : random.Next(3, 5);
        return session;
    }

    private static int Hour(Random random)
    {
        var pick = random.Next(HourWeights.Sum());
        for (var hour = 0; ; hour++)
            if ((pick -= HourWeights[hour]) < 0) return hour;
    }

    private static DateTimeOffset At(DateOnly date, int hour, int minute, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
