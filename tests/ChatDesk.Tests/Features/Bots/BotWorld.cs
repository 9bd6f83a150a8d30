using System.Net.Http.Json;
using ChatDesk.Features.Api;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Features.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Bots;

/// <summary>The demo company with "support" sending new chats to a bot first, and a bot user ("Helper Bot", a member
/// of support) holding a bot token, as an admin would set it up.</summary>
internal static class BotWorld
{
    public const string BotName = "Helper Bot";

    public sealed record Problem(string Title, int Status, string Code);

    public sealed record BotChatItem(long ChatId, string Channel, string CustomerName, int LastSequence);

    public static async Task<string> BotFirstAsync(this ApiWorld world)
    {
        world.Database.Execute("UPDATE \"Channels\" SET \"BotFirst\" = TRUE WHERE \"Slug\" = 'support'");
        using var scope = world.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var bot = new StaffUser { UserName = "helperbot", Email = "bot@example.com", DisplayName = BotName };
        Assert.True((await users.CreateAsync(bot, "Bot-password-123!")).Succeeded);
        Assert.True((await users.AddToRoleAsync(bot, StaffRoles.Agent)).Succeeded);
        var channel = world.Scalar("SELECT \"Id\" FROM \"Channels\" WHERE \"Slug\" = 'support'");
        world.Database.Execute($"INSERT INTO \"ChannelMembers\" (\"ChannelId\", \"UserId\", \"CanRespond\", \"Notifications\", \"CanListenIn\", \"IsManager\") VALUES ({channel}, '{bot.Id}', TRUE, FALSE, FALSE, FALSE)");
        var admin = await world.UserAsync("admin");
        var (token, error) = await world.Factory.Services.GetRequiredService<PersonalAccessTokens>()
            .CreateAsync(new StaffActor(admin.Id, "admin", new HashSet<string> { StaffRoles.Admin }), bot.Id, "FAQ bot", TokenKind.Bot, CancellationToken.None);
        Assert.Null(error);
        return token!.Secret;
    }

    /// <summary>A customer starts a chat on "support" over the API; with the bot first it is with the bot.</summary>
    public static async Task<StartChatResponse> StartAsync(this ApiWorld world, string question)
    {
        var response = await world.Client().PostAsJsonAsync("/api/v1/channels/support/chats", ApiWorld.Customer(question));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StartChatResponse>())!;
    }

    public static Task<HttpResponseMessage> SayAsync(this HttpClient client, string path, string text) =>
        client.PostAsJsonAsync(path, new { clientId = Guid.NewGuid(), text });
}
