using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Load;

/// <summary>The baseline: a bare ASP.NET Core SignalR hub that relays each message to the other side of its chat and
/// does nothing else (no storage, no rules). ChatDesk's figures are read as ratios to this one's, measured in the same run.</summary>
public static class RelayServer
{
    public static async Task RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapGet("/", () => "relay");
        app.MapHub<RelayHub>("/relay");
        await app.RunAsync();
    }
}

public sealed class RelayHub : Hub
{
    public Task Join(string chat) => Groups.AddToGroupAsync(Context.ConnectionId, chat);

    public Task Send(string chat, string text) => Clients.OthersInGroup(chat).SendAsync("message", text);
}
