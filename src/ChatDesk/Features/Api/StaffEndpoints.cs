using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision;

namespace ChatDesk.Features.Api;

/// <summary>The agent workspace and the supervisor's live figures for a personal access token, through the same
/// services (<see cref="AgentDesk"/>, <see cref="QueueService"/>, <see cref="SupervisionService"/>) and so the same rules.</summary>
internal static partial class StaffEndpoints
{
    public static void MapStaff(RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").RequireRateLimiting(ApiRateLimit.StaffName);
        var agent = staff.MapGroup("").WithTags("Staff: agent")
            .AddEndpointFilterFactory((context, next) => Filter(context, next, StaffRoles.Agent, StaffRoles.Admin));
        agent.MapGet("/queue", QueueAsync).WithName("StaffQueue").WithSummary("The chats waiting in the channels where the user may respond.");
        agent.MapGet("/chats", MineAsync).WithName("StaffChats").WithSummary("The user's active chats.");
        agent.MapPost("/chats/next/accept", AcceptNextAsync).WithName("AcceptNextChat").WithSummary("Accepts the oldest waiting chat.");
        agent.MapPost("/chats/{chatId:long}/accept", AcceptAsync).WithName("AcceptChat").WithSummary("Accepts a waiting chat.");
        agent.MapGet("/chats/{chatId:long}/messages", MessagesAsync).WithName("StaffMessages")
            .WithSummary("The messages of one of the user's chats after a sequence number.");
        agent.MapPost("/chats/{chatId:long}/messages", SendAsync).WithName("StaffSendMessage")
            .WithSummary("Sends a message in one of the user's chats; idempotent per client id.");
        agent.MapPost("/chats/{chatId:long}/end", EndAsync).WithName("StaffEndChat").WithSummary("Ends one of the user's chats.");
        agent.MapGet("/chats/{chatId:long}/transfer-targets", TargetsAsync).WithName("TransferTargets")
            .WithSummary("Present agents who may take this chat over.");
        agent.MapPost("/chats/{chatId:long}/transfer", TransferAsync).WithName("TransferChat")
            .WithSummary("Offers the chat to another agent, who accepts it in their workspace.");
        MapNotes(staff);
        var supervisor = staff.MapGroup("/supervisor").WithTags("Staff: supervisor")
            .AddEndpointFilterFactory((context, next) => Filter(context, next, StaffRoles.Supervisor, StaffRoles.Admin));
        supervisor.MapGet("/figures", FiguresAsync).WithName("SupervisorFigures")
            .WithSummary("The live queue: waiting, oldest wait, active chats and each agent's load, for all supervised channels or one.");
    }

    private static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next, params string[] roles)
    {
        var filter = new StaffTokenFilter(context.ApplicationServices.GetRequiredService<PersonalAccessTokens>(), roles);
        return invocation => filter.InvokeAsync(invocation, next);
    }

    private static StaffActor Actor(HttpContext http) => StaffTokenFilter.ActorOf(http);

    private static IResult Refused(HttpContext http, int status, string key) => ApiProblems.Problem(status, key, ApiProblems.Text(http.Request));

    private static async Task<IResult> QueueAsync(HttpContext http, QueueService queue, CancellationToken ct)
    {
        var channels = await queue.RespondableChannelsAsync(Actor(http).UserId, ct);
        var waiting = await queue.WaitingAsync(channels, ct);
        return TypedResults.Ok(waiting.Select(w => new QueueItem(w.SessionId, w.ChannelName, w.CustomerName, w.Question, w.RequestedAt)).ToList());
    }

    private static async Task<IResult> MineAsync(HttpContext http, QueueService queue, CancellationToken ct) =>
        TypedResults.Ok((await queue.MineAsync(Actor(http).UserId, ct))
            .Select(c => new StaffChatItem(c.SessionId, c.ChannelName, c.CustomerName, MessageItem.Camel(c.Status.ToString()))).ToList());

    private static IResult Accepted(HttpContext http, AcceptOutcome outcome, long chatId) => outcome switch
    {
        AcceptOutcome.Accepted => TypedResults.Ok(new AcceptResponse(chatId)),
        AcceptOutcome.NotAllowed => Refused(http, StatusCodes.Status403Forbidden, "StaffForbidden"),
        AcceptOutcome.AtCapacity => Refused(http, StatusCodes.Status409Conflict, "AtCapacity"),
        AcceptOutcome.QueueEmpty => Refused(http, StatusCodes.Status404NotFound, "QueueEmpty"),
        _ => Refused(http, StatusCodes.Status409Conflict, "AcceptTaken"),
    };

    private static async Task<IResult> AcceptAsync(HttpContext http, long chatId, AgentDesk desk, CancellationToken ct) =>
        Accepted(http, await desk.AcceptAsync(Actor(http).UserId, chatId, ct), chatId);

    private static async Task<IResult> AcceptNextAsync(HttpContext http, AgentDesk desk, CancellationToken ct)
    {
        var (outcome, chatId) = await desk.AcceptNextAsync(Actor(http).UserId, ct);
        return Accepted(http, outcome, chatId ?? 0);
    }

    private static async Task<IResult> FiguresAsync(HttpContext http, int? channelId, SupervisionService supervision, CancellationToken ct)
    {
        var actor = Actor(http);
        if (channelId is { } one && !(await supervision.ChannelsAsync(actor, ct)).Any(c => c.Id == one))
            return Refused(http, StatusCodes.Status403Forbidden, "StaffForbidden");
        var snapshot = await supervision.SnapshotAsync(actor, channelId, ct);
        return TypedResults.Ok(new FiguresResponse(snapshot.Waiting, snapshot.OldestRequestedAt, snapshot.ActiveChats,
            snapshot.Agents.Select(a => new AgentFigure(a.Name, a.State, a.Active, a.Capacity)).ToList()));
    }
}
