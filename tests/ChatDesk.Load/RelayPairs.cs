using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatDesk.Load;

/// <summary>A chat over the bare relay: two hub connections in one group.</summary>
public sealed class RelayPair : IChatPair
{
    private readonly string chat;
    private readonly HubConnection customer, agent;

    private RelayPair(string chat, HubConnection customer, HubConnection agent) => (this.chat, this.customer, this.agent) = (chat, customer, agent);

    public Action<Side, string>? Received { get; set; }

    public static async Task<RelayPair> OpenAsync(string baseUrl, int index)
    {
        var chat = "chat-" + index;
        var customer = Connect(baseUrl);
        var agent = Connect(baseUrl);
        var pair = new RelayPair(chat, customer, agent);
        customer.On<string>("message", text => pair.Received?.Invoke(Side.Customer, text));
        agent.On<string>("message", text => pair.Received?.Invoke(Side.Agent, text));
        await customer.StartAsync();
        await agent.StartAsync();
        await customer.InvokeAsync("Join", chat);
        await agent.InvokeAsync("Join", chat);
        return pair;
    }

    private static HubConnection Connect(string baseUrl) => new HubConnectionBuilder()
        .WithUrl(baseUrl + "/relay", HttpTransportType.WebSockets, o => o.SkipNegotiation = true)
        .Build();

    public Task SendAsync(Side from, string text) => (from == Side.Customer ? customer : agent).InvokeAsync("Send", chat, text);

    public async ValueTask DisposeAsync()
    {
        await customer.DisposeAsync();
        await agent.DisposeAsync();
    }
}
