using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatDesk.Load;

/// <summary>A chat over ChatDesk's public API as a company's own app would run it: sends carry a client id (the
/// agent's a POST; the customer's the hub's <c>Send</c> on the connection it holds anyway, or a POST with
/// <c>--customer-send http</c>);
/// each side holds a /hubs/chat connection whose "messageCreated" event carries the message: the next one in sequence
/// is taken from the event, and after a gap (or an event without the message) the side reads the messages after the
/// last sequence it has (GET …/messages?after=n), so a missed event loses nothing.</summary>
public sealed class ChatDeskPair(long chatId, HttpClient customerHttp, HttpClient agentHttp) : IChatPair
{
    private readonly Reader customerSide = new(customerHttp, "/api/v1/chat/messages", "customer");
    private readonly Reader agentSide = new(agentHttp, $"/api/v1/staff/chats/{chatId}/messages", "agent");
    private HubConnection? customerHub, agentHub;

    public Action<Side, string>? Received { get; set; }

    /// <summary>How customers send: "hub" (the hub's Send, as a mobile or web client holding the connection would) or
    /// "http" (POST /api/v1/chat/messages).</summary>
    public static string CustomerSend { get; set; } = "hub";

    public static HttpClient Client(string baseUrl, string bearer, IPAddress local)
    {
        var http = ClientAddress.Client(baseUrl, local);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http;
    }

    public async Task ConnectAsync(string baseUrl, (string Token, IPAddress From) customer, (string Token, IPAddress From) agent)
    {
        customerHub = await HubAsync(baseUrl, customer, heard => customerSide.HeardAsync(heard, text => Received?.Invoke(Side.Customer, text)));
        agentHub = await HubAsync(baseUrl, agent, heard => agentSide.HeardAsync(heard, text => Received?.Invoke(Side.Agent, text)));
        await agentHub.InvokeAsync("Watch", chatId);
    }

    private static async Task<HubConnection> HubAsync(string baseUrl, (string Token, IPAddress From) side, Func<JsonElement, Task> onMessage)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(baseUrl + "/hubs/chat", HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.WebSocketFactory = (context, cancel) => ClientAddress.WebSocketAsync(context.Uri, side.From, side.Token, cancel);
            })
            .Build();
        hub.On<JsonElement>("messageCreated", onMessage);
        await hub.StartAsync();
        return hub;
    }

    public async Task SendAsync(Side from, string text)
    {
        if (from == Side.Customer && CustomerSend == "hub")
        {
            var result = await customerHub!.InvokeAsync<JsonElement>("Send", Guid.NewGuid(), text);
            if (result.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
                throw new HttpRequestException($"customer send: {code.GetString()} {result.GetProperty("message").GetString()}");
            return;
        }
        var (http, path) = from == Side.Customer ? (customerHttp, "/api/v1/chat/messages") : (agentHttp, $"/api/v1/staff/chats/{chatId}/messages");
        using var answer = await http.PostAsJsonAsync(path, new { clientId = Guid.NewGuid(), text });
        if (!answer.IsSuccessStatusCode) throw new HttpRequestException($"{from} send: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (customerHub is not null) await customerHub.DisposeAsync();
        if (agentHub is not null) await agentHub.DisposeAsync();
        customerHttp.Dispose();
        agentHttp.Dispose();
    }

    /// <summary>One side's reading position: takes the next message from the event, or catches up after its last
    /// sequence, one at a time, and reports the other side's messages (its own come back too, and are skipped).</summary>
    private sealed class Reader(HttpClient http, string path, string self)
    {
        private readonly SemaphoreSlim reading = new(1, 1);
        private int last;

        public async Task HeardAsync(JsonElement heard, Action<string> deliver)
        {
            await reading.WaitAsync();
            try
            {
                var sequence = heard.GetProperty("sequence").GetInt32();
                if (sequence <= last) return;
                if (sequence == last + 1 && heard.TryGetProperty("message", out var carried) && carried.ValueKind == JsonValueKind.Object)
                {
                    Take(carried.Deserialize<MessageItem>(Json)!, deliver);
                    return;
                }
                var messages = await http.GetFromJsonAsync<List<MessageItem>>($"{path}?after={last}") ?? [];
                foreach (var message in messages) Take(message, deliver);
            }
            catch (HttpRequestException) { }
            finally
            {
                reading.Release();
            }
        }

        private void Take(MessageItem message, Action<string> deliver)
        {
            last = Math.Max(last, message.Sequence);
            if (message.Author != self) deliver(message.Text);
        }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record MessageItem(int Sequence, string Author, string Text);
}
