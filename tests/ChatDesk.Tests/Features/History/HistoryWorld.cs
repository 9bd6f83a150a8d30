using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.History;

/// <summary>The agent world plus a second channel ("sales", member: eva) and the actors the history rules know.</summary>
internal sealed class HistoryWorld : IDisposable
{
    public AgentWorld World { get; } = new();
    public int SalesId { get; }

    public HistoryWorld()
    {
        using (var db = World.Database.CreateDbContext())
        {
            db.Users.Add(new StaffUser { Id = "eva", UserName = "eva", DisplayName = "Eva Ek" });
            db.Users.Add(new StaffUser { Id = "admin", UserName = "admin", DisplayName = "Ada Admin" });
            db.SaveChanges();
        }
        SalesId = World.Database.AddChannel("sales", c => c.Members = [new() { UserId = "eva" }]).Id;
    }

    public static StaffActor Agent(string id) => new(id, id, new HashSet<string> { StaffRoles.Agent });

    public static StaffActor Supervisor(string id) => new(id, id, new HashSet<string> { StaffRoles.Supervisor });

    public static StaffActor Admin { get; } = new("admin", "admin", new HashSet<string> { StaffRoles.Admin });

    public T Get<T>() where T : notnull => World.Get<T>();

    /// <summary>A chat on <paramref name="channelId"/> that the customer opened with <paramref name="question"/>.</summary>
    public async Task<long> ChatAsync(int channelId, string name, string email, string question)
    {
        var chat = await Get<ConversationService>().StartAsync(channelId, new CustomerDetails { Name = name, Email = email },
            question, null, CancellationToken.None);
        return chat.Id;
    }

    public void Dispose() => World.Dispose();
}
