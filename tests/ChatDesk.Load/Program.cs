using ChatDesk.Load;

// Modes (README "Load benchmark"):
//   pages [--pages 50] [--hold 0]                          idle customer pages vs the stock Blazor page (--hold: seconds
//                                                          to keep them open after measuring, for dotnet-gcdump)
//   chats [--chats 1000] [--seconds 60] [--interval 10]     live chats vs the bare SignalR relay
//         [--warmup 0]                                     seconds of the same load, unmeasured, before each measured run
//         [--customer-send hub|http]                      customers send on the hub (default) or by POST
//         [--setups sqlite,postgres-1,postgres-2]          which ChatDesk deployments to run, one after the other (default
//                                                          sqlite: one node on its SQLite file; postgres-N: N nodes over
//                                                          PostgreSQL and Redis behind nginx, see Deployment.cs)
//   relay-server                                           internal: the baseline hub, started by `chats`
var mode = args.FirstOrDefault() ?? "chats";
int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, "--" + name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : fallback;
}

switch (mode)
{
    case "relay-server":
        await RelayServer.RunAsync();
        return 0;
    case "pages":
        await PagesBenchmark.RunAsync(Math.Min(Option("pages", 50), 500), Math.Min(Option("hold", 0), 600));
        return 0;
    case "chats":
        var send = Array.IndexOf(args, "--customer-send");
        if (send >= 0 && send + 1 < args.Length && args[send + 1] is "hub" or "http") ChatDeskPair.CustomerSend = args[send + 1];
        var at = Array.IndexOf(args, "--setups");
        var setups = ChatDeskSetup.Parse(at >= 0 && at + 1 < args.Length ? args[at + 1] : "sqlite");
        await ChatsBenchmark.RunAsync(Math.Min(Option("chats", 1000), 2000), Math.Min(Option("seconds", 60), 600), Math.Min(Option("interval", 10), 60),
            Math.Min(Option("warmup", 0), 300), setups);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}'. Modes: chats, pages.");
        return 2;
}
