using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ChatDesk.Load;

/// <summary>ChatDesk set up for a run: the demo's agents on the support channel, with room for every chat between
/// them, each with a personal access token made by the app's own CLI (`token create`), as an admin would.</summary>
public sealed class ChatDeskWorld
{
    private readonly AppProcess server;
    private readonly IReadOnlyList<string> agentTokens;

    private ChatDeskWorld(AppProcess server, IReadOnlyList<string> agentTokens) => (this.server, this.agentTokens) = (server, agentTokens);

    public static async Task<ChatDeskWorld> PrepareAsync(AppProcess server, string assembly, int chats)
    {
        var agents = SupportAgents(server);
        if (agents.Count == 0) throw new InvalidOperationException("The demo data has no agent on the support channel.");
        var perAgent = (chats + agents.Count - 1) / agents.Count + 1;
        // Room for every chat, and present for the whole run: the benchmark's agents are API clients with no
        // workspace tab renewing a presence lease, so the lease is set far ahead (the app re-reads leases every second).
        var until = DateTimeOffset.UtcNow.AddHours(6).UtcTicks;
        Execute(server, $"UPDATE AspNetUsers SET Capacity = {perAgent}, Presence = 'Present', PresenceLeaseUntil = {until}");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var tokens = new List<string>();
        foreach (var agent in agents) tokens.Add(await CreateTokenAsync(server, assembly, agent));
        return new ChatDeskWorld(server, tokens);
    }

    /// <summary>A customer starts a chat on the support channel and queues it; the next agent in turn accepts it.</summary>
    public async Task<IChatPair> OpenPairAsync(int index)
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var start = await anonymous.PostAsJsonAsync("/api/v1/channels/support/chats", new
        {
            name = $"Load customer {index}", email = $"load{index}@example.com", consent = true, question = $"Load test chat {index}",
        });
        if (!start.IsSuccessStatusCode) throw new HttpRequestException($"start: {(int)start.StatusCode} {await start.Content.ReadAsStringAsync()}");
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        var chatId = started.GetProperty("chatId").GetInt64();
        var token = started.GetProperty("token").GetString()!;
        var customer = ChatDeskPair.Client(server.BaseUrl, token);
        if (started.GetProperty("status").GetString() != "queued") await Ok(customer.PostAsync("/api/v1/chat/queue", null), "queue");
        var agentToken = agentTokens[index % agentTokens.Count];
        var agent = ChatDeskPair.Client(server.BaseUrl, agentToken);
        await Ok(agent.PostAsync($"/api/v1/staff/chats/{chatId}/accept", null), "accept");
        var pair = new ChatDeskPair(chatId, customer, agent);
        await pair.ConnectAsync(server.BaseUrl, token, agentToken);
        return pair;
    }

    private static async Task Ok(Task<HttpResponseMessage> call, string what)
    {
        using var answer = await call;
        if (!answer.IsSuccessStatusCode) throw new HttpRequestException($"{what}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }

    private static List<string> SupportAgents(AppProcess server)
    {
        using var connection = Open(server);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT u.UserName FROM AspNetUsers u
            JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId
            WHERE r.Name = 'Agent'
            """;
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static void Execute(AppProcess server, string sql)
    {
        using var connection = Open(server);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(AppProcess server)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(server.DataFolder, "chatdesk.db")}");
        connection.Open();
        return connection;
    }

    private static async Task<string> CreateTokenAsync(AppProcess server, string assembly, string userName)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(assembly)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { assembly, "token", "create", userName, "load benchmark" }) info.ArgumentList.Add(arg);
        foreach (var (key, value) in Apps.ChatDeskSettings()) info.Environment[key] = value.Replace("{data}", server.DataFolder);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var secret = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("cdpat_", StringComparison.Ordinal));
        return secret ?? throw new InvalidOperationException($"token create {userName} failed:\n{output}\n{errors}");
    }
}
