using System.Net;
using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Api;

/// <summary>A personal access token acts with its user's roles and channels as they are now, on every request.</summary>
[Collection(AppHostCollection.Name)]
public sealed class StaffTokenTests : IAsyncLifetime
{
    private readonly ApiWorld world = new();

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    private PersonalAccessTokens Tokens => world.Factory.Services.GetRequiredService<PersonalAccessTokens>();

    [Fact]
    public async Task ATokenIsRefusedOutsideItsUsersRoles()
    {
        var (_, supervisor) = await world.TokenForAsync("supervisor");
        var (_, agent) = await world.TokenForAsync("agent1");

        var queue = await world.Client(supervisor).GetAsync("/api/v1/staff/queue");
        var figures = await world.Client(agent).GetAsync("/api/v1/staff/supervisor/figures");

        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, figures.StatusCode);
        Assert.Equal("StaffForbidden", (await figures.Content.ReadFromJsonAsync<Problem>())!.Code);
        var live = await world.Client(supervisor).GetFromJsonAsync<FiguresResponse>("/api/v1/staff/supervisor/figures");
        Assert.Contains(live!.Agents, a => a.Name == "Anna Svensson" && a.State == "Present");
    }

    [Fact]
    public async Task ATokenIsRefusedOnAChannelItsUserDoesNotAnswer()
    {
        var chat = await world.QueuedChatAsync();
        var (_, agent) = await world.TokenForAsync("agent2");
        var agent2 = await world.UserAsync("agent2");
        world.Database.Execute($"DELETE FROM \"ChannelMembers\" WHERE \"UserId\" = '{agent2.Id}'");

        var accept = await world.Client(agent).PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null);
        var queue = await world.Client(agent).GetFromJsonAsync<List<QueueItem>>("/api/v1/staff/queue");

        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Empty(queue!);
        // Nor can anyone write into a chat that is not theirs.
        var (_, other) = await world.TokenForAsync("agent1");
        var send = await world.Client(other).PostAsJsonAsync($"/api/v1/staff/chats/{chat.ChatId}/messages", new { clientId = Guid.NewGuid(), text = "hi" });
        Assert.Equal(HttpStatusCode.NotFound, send.StatusCode);
    }

    [Fact]
    public async Task ARevokedTokenOrADisabledUserIsRefusedFromTheNextRequestOn()
    {
        var (id, secret) = await world.TokenForAsync("agent1");
        var (_, second) = await world.TokenForAsync("agent1");
        var client = world.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/staff/queue")).StatusCode);
        var user = await world.UserAsync("agent1");

        Assert.True(await Tokens.RevokeAsync(new StaffActor(user.Id, "agent1", new HashSet<string>()), id, CancellationToken.None));
        var revoked = await client.GetAsync("/api/v1/staff/queue");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal("StaffTokenInvalid", (await revoked.Content.ReadFromJsonAsync<Problem>())!.Code);

        Assert.Equal(HttpStatusCode.OK, (await world.Client(second).GetAsync("/api/v1/staff/queue")).StatusCode);
        world.Database.Execute($"UPDATE \"AspNetUsers\" SET \"Disabled\" = TRUE WHERE \"Id\" = '{user.Id}'");
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.Client(second).GetAsync("/api/v1/staff/queue")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheUserOrAnAdminManagesTheUsersTokensAndOnlyTheHashIsStored()
    {
        var agent = await world.UserAsync("agent1");
        var other = new StaffActor((await world.UserAsync("agent2")).Id, "agent2", new HashSet<string> { StaffRoles.Agent });
        var admin = new StaffActor((await world.UserAsync("admin")).Id, "admin", new HashSet<string> { StaffRoles.Admin });

        var (refused, error) = await Tokens.CreateAsync(other, agent.Id, "not mine", TokenKind.User, CancellationToken.None);
        var (made, _) = await Tokens.CreateAsync(admin, agent.Id, "made by admin", TokenKind.User, CancellationToken.None);

        Assert.Null(refused);
        Assert.Equal("TokenNotAllowed", error);
        Assert.False(await Tokens.RevokeAsync(other, made!.Id, CancellationToken.None));
        Assert.Equal(1L, world.Database.Count("PersonalAccessTokens"));
        Assert.Equal(0L, world.Scalar($"SELECT COUNT(*) FROM \"PersonalAccessTokens\" WHERE (\"TokenHash\" || \"Prefix\" || \"Name\") LIKE '%{made.Secret}%'"));
        Assert.Equal(1L, world.Scalar($"SELECT COUNT(*) FROM \"PersonalAccessTokens\" WHERE \"TokenHash\" = '{ChatToken.Hash(made.Secret)}'"));
        Assert.Single(await Tokens.ListAsync(admin, everyone: true, CancellationToken.None), t => t.UserName == "agent1" && t.CreatedBy == "admin");
    }

    private sealed record Problem(string Title, int Status, string Code);
}
