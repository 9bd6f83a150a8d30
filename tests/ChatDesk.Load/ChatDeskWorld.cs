using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatDesk.Load;

/// <summary>ChatDesk set up for a run: the demo's agents on the support channel, with room for every chat between
/// them, each with a personal access token made by the app's own CLI (`token create`), as an admin would.</summary>
public sealed class ChatDeskWorld
{
    private readonly ChatDeskDeployment deployment;
    private readonly IReadOnlyList<string> agentTokens;
    private int opened, crossNode;

    private ChatDeskWorld(ChatDeskDeployment deployment, IReadOnlyList<string> agentTokens) => (this.deployment, this.agentTokens) = (deployment, agentTokens);

    /// <summary>Chats whose customer and agent the proxy sent to different nodes (their messages cross the bus).</summary>
    public string NodesNote => $"{crossNode} of {opened} chats had their customer and their agent on different nodes";

    public static async Task<ChatDeskWorld> PrepareAsync(ChatDeskDeployment deployment, int chats)
    {
        var agents = deployment.Database.Strings("""
            SELECT DISTINCT u."UserName" FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            WHERE r."Name" = 'Agent'
            """);
        if (agents.Count == 0) throw new InvalidOperationException("The demo data has no agent on the support channel.");
        var perAgent = (chats + agents.Count - 1) / agents.Count + 1;
        // Room for every chat, and present for the whole run: the benchmark's agents are API clients with no
        // workspace tab renewing a presence lease, so the lease is set far ahead (the app re-reads leases every second).
        var until = DateTimeOffset.UtcNow.AddHours(6).UtcTicks;
        deployment.Database.Execute($"""UPDATE "AspNetUsers" SET "Capacity" = {perAgent}, "Presence" = 'Present', "PresenceLeaseUntil" = {until}""");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var tokens = new List<string>();
        foreach (var agent in agents) tokens.Add(await CreateTokenAsync(deployment, agent));
        return new ChatDeskWorld(deployment, tokens);
    }

    /// <summary>A customer starts a chat on the support channel and queues it; the next agent in turn accepts it.
    /// Customer and agent each connect from their own loopback address (<see cref="ClientAddress"/>).</summary>
    public async Task<IChatPair> OpenPairAsync(int index)
    {
        var (customerFrom, agentFrom) = (ClientAddress.For(2 * index), ClientAddress.For(2 * index + 1));
        var baseUrl = deployment.BaseUrl;
        using var anonymous = ClientAddress.Client(baseUrl, customerFrom);
        using var start = await anonymous.PostAsJsonAsync("/api/v1/channels/support/chats", new
        {
            name = $"Load customer {index}", email = $"load{index}@example.com", consent = true, question = $"Load test chat {index}",
        });
        if (!start.IsSuccessStatusCode) throw new HttpRequestException($"start: {(int)start.StatusCode} {await start.Content.ReadAsStringAsync()}");
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        var chatId = started.GetProperty("chatId").GetInt64();
        var token = started.GetProperty("token").GetString()!;
        var customer = ChatDeskPair.Client(baseUrl, token, customerFrom);
        if (started.GetProperty("status").GetString() != "queued") await Ok(customer.PostAsync("/api/v1/chat/queue", null), "queue");
        var agentToken = agentTokens[index % agentTokens.Count];
        var agent = ChatDeskPair.Client(baseUrl, agentToken, agentFrom);
        var acceptedOn = await Ok(agent.PostAsync($"/api/v1/staff/chats/{chatId}/accept", null), "accept");
        Interlocked.Increment(ref opened);
        if (Node(start) is { } startedOn && acceptedOn is not null && startedOn != acceptedOn) Interlocked.Increment(ref crossNode);
        var pair = new ChatDeskPair(chatId, customer, agent);
        await pair.ConnectAsync(baseUrl, (token, customerFrom), (agentToken, agentFrom));
        return pair;
    }

    /// <summary>The node nginx sent a request to (X-ChatDesk-Node), or null without a proxy.</summary>
    private static string? Node(HttpResponseMessage answer) =>
        answer.Headers.TryGetValues("X-ChatDesk-Node", out var node) ? string.Join(",", node) : null;

    private static async Task<string?> Ok(Task<HttpResponseMessage> call, string what)
    {
        using var answer = await call;
        if (!answer.IsSuccessStatusCode) throw new HttpRequestException($"{what}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        return Node(answer);
    }

    private static async Task<string> CreateTokenAsync(ChatDeskDeployment deployment, string userName)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(deployment.Assembly)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { deployment.Assembly, "token", "create", userName, "load benchmark" }) info.ArgumentList.Add(arg);
        foreach (var (key, value) in deployment.CliSettings()) info.Environment[key] = value;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var secret = output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("cdpat_", StringComparison.Ordinal));
        return secret ?? throw new InvalidOperationException($"token create {userName} failed:\n{output}\n{errors}");
    }
}
