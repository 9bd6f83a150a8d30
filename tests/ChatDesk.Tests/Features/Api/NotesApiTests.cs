using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatDesk.Features.Api;
using ChatDesk.Features.History;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Api;

/// <summary>Internal notes over the staff API: for staff who may read the chat's channel, never for the customer.</summary>
[Collection(AppHostCollection.Name)]
public sealed class NotesApiTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task AnAgentsNoteIsReadByStaffAndNeverReachesTheCustomer()
    {
        var chat = await world.QueuedChatAsync();
        var (_, agentToken) = await world.TokenForAsync("agent1");
        var agent = world.Client(agentToken);
        (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();

        var added = await agent.PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/notes", new { text = "Regular customer, offer a refund" });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var (_, supervisorToken) = await world.TokenForAsync("supervisor");
        var seen = await world.Client(supervisorToken).GetFromJsonAsync<List<NoteItem>>($"/api/v1/staff/chats/{chat.ChatId}/notes");
        var note = Assert.Single(seen!);
        Assert.Equal(("Anna Svensson", "Regular customer, offer a refund"), (note.AuthorName, note.Text));
        var customerSees = await world.Client(chat.Token).GetStringAsync("/api/v1/chat/messages?after=0");
        Assert.DoesNotContain("refund", customerSees);
    }

    [Fact]
    public async Task AnEmptyOrTooLongNoteIsRefusedInTheCallersLanguage()
    {
        var chat = await world.QueuedChatAsync();
        var (_, token) = await world.TokenForAsync("agent1");

        var empty = await world.Client(token, "sv").PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/notes", new { text = "  " });
        var tooLong = await world.Client(token).PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/notes",
            new { text = new string('x', ChatNote.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Skriv anteckningen först.", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2000", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("text")[0].GetString());
        var notes = await world.Client(token).GetFromJsonAsync<List<NoteItem>>($"/api/v1/staff/chats/{chat.ChatId}/notes");
        Assert.Empty(notes!);
    }

    [Fact]
    public async Task StaffOutsideTheChatsChannelNeitherReadNorWriteItsNotes()
    {
        var chat = await world.QueuedChatAsync();
        var agent2 = await world.UserAsync("agent2");
        world.Database.Execute($"DELETE FROM \"ChannelMembers\" WHERE \"UserId\" = '{agent2.Id}'");
        var (_, token) = await world.TokenForAsync("agent2");

        var read = await world.Client(token).GetAsync($"/api/v1/staff/chats/{chat.ChatId}/notes");
        var write = await world.Client(token).PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/notes", new { text = "Sneaky" });
        var missing = await world.Client(token).GetAsync("/api/v1/staff/chats/999999/notes");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, write.StatusCode, missing.StatusCode));
        Assert.Equal(0, world.Scalar("SELECT COUNT(*) FROM \"ChatNotes\""));
    }
}
