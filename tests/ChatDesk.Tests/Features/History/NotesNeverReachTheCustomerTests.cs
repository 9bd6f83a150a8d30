using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Features.History;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Features.Api;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.History;

/// <summary>An internal note stays with staff: the customer's /api/v1 reads and the transcript mail never carry it.</summary>
[Collection(AppHostCollection.Name)]
public sealed class NotesNeverReachTheCustomerTests : IAsyncLifetime
{
    private const string Secret = "Internal: customer owes us 300 kr";
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task TheCustomersMessagesAndTranscriptLeaveTheNoteOut()
    {
        // The test reads the queued mail's bodies, which the sender clears once the mail has left.
        await world.Factory.Services.GetRequiredService<ChatDesk.Features.Email.OutboxSender>().StopAsync(CancellationToken.None);
        var started = await world.QueuedChatAsync("Where is my parcel?");
        var customer = world.Client(started.Token);
        var (_, token) = await world.TokenForAsync("agent1");
        var agent = world.Client(token);
        (await agent.PostAsync($"/api/v1/staff/chats/{started.ChatId}/accept", null)).EnsureSuccessStatusCode();
        var agentUser = await world.UserAsync("agent1");
        var actor = new StaffActor(agentUser.Id, "agent1", new HashSet<string> { StaffRoles.Agent });

        var added = await world.Factory.Services.GetRequiredService<ChatNotes>().AddAsync(actor, started.ChatId, Secret, CancellationToken.None);
        Assert.Equal(NoteOutcome.Added, added);
        (await agent.PostAsJsonAsync($"/api/v1/staff/chats/{started.ChatId}/messages", new { clientId = Guid.NewGuid(), text = "It ships today" }))
            .EnsureSuccessStatusCode();

        var seen = await customer.GetFromJsonAsync<List<MessageItem>>("/api/v1/chat/messages?after=0");
        Assert.Contains(seen!, m => m.Text == "It ships today");
        Assert.DoesNotContain(seen!, m => m.Text.Contains("300 kr", StringComparison.Ordinal));
        (await customer.PostAsync("/api/v1/chat/end", null)).EnsureSuccessStatusCode();
        (await customer.PostAsJsonAsync("/api/v1/chat/transcript", new { })).EnsureSuccessStatusCode();

        var bodies = Bodies();
        Assert.Contains(bodies, b => b.Contains("It ships today", StringComparison.Ordinal));
        Assert.DoesNotContain(bodies, b => b.Contains("300 kr", StringComparison.Ordinal));
    }

    private List<string> Bodies() => world.Database.Column("SELECT \"TextBody\" || ' ' || \"HtmlBody\" FROM \"Outbox\"");
}
