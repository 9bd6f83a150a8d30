using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Supervision;

/// <summary>A known set of chats with exact times, for checking figures against hand-computed values.
/// Times are written in UTC; Stockholm is UTC+1 in November.</summary>
public sealed class ReportWorld : IDisposable
{
    public static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public TestDatabase Database { get; } = new();

    public ChatChannel Alpha { get; }
    public ChatChannel Beta { get; }

    public ReportWorld()
    {
        Alpha = Database.AddChannel("alpha");
        Beta = Database.AddChannel("beta");
    }

    public static DateTimeOffset Utc(int month, int day, int hour, int minute, int second = 0) =>
        new(2026, month, day, hour, minute, second, TimeSpan.Zero);

    /// <param name="waitSeconds">Requested → accepted; null when nobody answered.</param>
    /// <param name="durationSeconds">Accepted → ended; null while the chat runs.</param>
    public ChatSession Chat(ChatChannel channel, DateTimeOffset requested, int? waitSeconds, int? durationSeconds,
        int? rating = null, (string Id, string Name)? agent = null, SessionStatus? status = null)
    {
        var accepted = waitSeconds is { } wait ? requested.AddSeconds(wait) : (DateTimeOffset?)null;
        var session = new ChatSession(status ?? (durationSeconds is not null ? SessionStatus.Ended : SessionStatus.Active))
        {
            TokenHash = Guid.NewGuid().ToString("N"), ChannelId = channel.Id,
            Customer = new CustomerDetails { Name = "Customer", Email = "customer@example.com" },
            CreatedAt = requested, RequestedAt = requested, AcceptedAt = accepted,
            EndedAt = durationSeconds is { } duration ? accepted!.Value.AddSeconds(duration) : null,
            Rating = rating, AgentId = agent?.Id, AgentDisplayName = agent?.Name,
        };
        return Save(session);
    }

    public ChatSession Abandoned(ChatChannel channel, DateTimeOffset requested, int leftAfterSeconds) => Save(new ChatSession(SessionStatus.Abandoned)
    {
        TokenHash = Guid.NewGuid().ToString("N"), ChannelId = channel.Id,
        Customer = new CustomerDetails { Name = "Customer", Email = "customer@example.com" },
        CreatedAt = requested, RequestedAt = requested, EndedAt = requested.AddSeconds(leftAfterSeconds),
        EndReason = EndReason.Abandoned,
    });

    /// <summary>Asked, read the FAQ suggestions and was helped: never reached the queue.</summary>
    public ChatSession ResolvedByFaq(ChatChannel channel, DateTimeOffset asked) => Save(new ChatSession(SessionStatus.ResolvedByFaq)
    {
        TokenHash = Guid.NewGuid().ToString("N"), ChannelId = channel.Id,
        Customer = new CustomerDetails { Name = "Customer", Email = "customer@example.com" },
        CreatedAt = asked, EndedAt = asked.AddMinutes(2), EndReason = EndReason.ResolvedByFaq,
    });

    public void Ticket(ChatChannel channel, DateTimeOffset created)
    {
        using var db = Database.CreateDbContext();
        db.Tickets.Add(new Ticket
        {
            Number = 1001 + db.Tickets.Count(), ChannelId = channel.Id, CreatedAt = created, Question = "Help",
            Customer = new CustomerDetails { Name = "Customer", Email = "customer@example.com" },
        });
        db.SaveChanges();
    }

    /// <summary>A supervisor (not an admin) who is a member of these channels, and so sees them.</summary>
    public StaffActor SupervisorOf(params ChatChannel[] channels)
    {
        var id = "sup-" + Guid.NewGuid().ToString("N")[..8];
        using var db = Database.CreateDbContext();
        db.Users.Add(new StaffUser { Id = id, UserName = id, DisplayName = "Erik Sandberg" });
        foreach (var channel in channels)
            db.ChannelMembers.Add(new ChannelMember { ChannelId = channel.Id, UserId = id, CanRespond = false, CanListenIn = true });
        db.SaveChanges();
        return new StaffActor(id, "Erik Sandberg", new HashSet<string> { StaffRoles.Supervisor });
    }

    private ChatSession Save(ChatSession session)
    {
        using var db = Database.CreateDbContext();
        db.Sessions.Add(session);
        db.SaveChanges();
        return session;
    }

    public void Dispose() => Database.Dispose();
}
