using System.Reflection;
using ChatDesk.Features.Abuse;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Tests.Features.Abuse;

/// <summary>The hub filter in front of Blazor's hub, driven as SignalR drives it: a circuit is created inside the
/// call (its handler made there), or refused before it is.</summary>
public sealed class CircuitAdmissionTests
{
    private readonly CircuitCounter counter = new(new FixedAbuseOptions(new AbuseOptions { MaxCircuitsPerClient = 2, MaxCircuits = 10 }));
    private readonly List<CircuitSlotHandler> circuits = [];

    [Fact]
    public async Task NewCircuitsBeyondTheClientsCapAreRefusedBeforeTheyAreCreated()
    {
        var admission = new CircuitAdmission(counter, NullLogger<CircuitAdmission>.Instance);

        Assert.Equal("secret-1", await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), CreateCircuit));
        Assert.Equal("secret-2", await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), CreateCircuit));
        Assert.Null(await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), CreateCircuit));

        Assert.Equal(2, circuits.Count); // the third was never created
        Assert.Equal(2, counter.OpenFor("198.51.100.4"));
    }

    [Fact]
    public async Task AClosedCircuitMakesRoomAndReconnectsAreNeverCounted()
    {
        var admission = new CircuitAdmission(counter, NullLogger<CircuitAdmission>.Instance);
        await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), CreateCircuit);
        await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), CreateCircuit);

        // A reconnect of an open window goes through at the cap and takes no place.
        Assert.Equal(true, await admission.InvokeMethodAsync(Call("ConnectCircuit", "198.51.100.4"), _ => ValueTask.FromResult<object?>(true)));

        await circuits[0].OnCircuitClosedAsync(null!, default);
        circuits[0].Dispose();
        Assert.Equal(1, counter.OpenFor("198.51.100.4"));
        Assert.NotNull(await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), CreateCircuit));
    }

    [Fact]
    public async Task ACircuitThatFailedToStartGivesItsPlaceBack()
    {
        var admission = new CircuitAdmission(counter, NullLogger<CircuitAdmission>.Instance);

        Assert.Null(await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), _ => ValueTask.FromResult<object?>(null)));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await admission.InvokeMethodAsync(Call("StartCircuit", "198.51.100.4"), _ => throw new InvalidOperationException()));

        Assert.Equal(0, counter.Total);
    }

    // What Blazor does inside StartCircuit: creates the circuit's scope (and with it our handler), answers its secret.
    private ValueTask<object?> CreateCircuit(HubInvocationContext _)
    {
        circuits.Add(new CircuitSlotHandler());
        return ValueTask.FromResult<object?>($"secret-{circuits.Count}");
    }

    private static HubInvocationContext Call(string method, string address)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
        var caller = new Caller(http);
        var hub = new TestHub { Context = caller, Clients = new NoClients() };
        return new HubInvocationContext(caller, new ServiceCollectionStub(), hub,
            typeof(TestHub).GetMethod(method)!, []);
    }

    public sealed class TestHub : Hub
    {
        public string? StartCircuit() => null;
        public bool ConnectCircuit() => true;
    }

    private sealed class Caller(HttpContext http) : HubCallerContext
    {
        private readonly FeatureCollection features = NewFeatures(http);
        public override string ConnectionId => "connection";
        public override string? UserIdentifier => null;
        public override System.Security.Claims.ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features => features;
        public override CancellationToken ConnectionAborted => default;
        public override void Abort() { }

        private static FeatureCollection NewFeatures(HttpContext http)
        {
            var features = new FeatureCollection();
            features.Set<IHttpContextFeature>(new HttpContextFeature { HttpContext = http });
            return features;
        }
    }

    private sealed class HttpContextFeature : IHttpContextFeature { public HttpContext? HttpContext { get; set; } }

    private sealed class NoClients : IHubCallerClients
    {
        public IClientProxy Caller => new NoProxy();
        public IClientProxy Others => new NoProxy();
        public IClientProxy All => new NoProxy();
        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => new NoProxy();
        public IClientProxy Client(string connectionId) => new NoProxy();
        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => new NoProxy();
        public IClientProxy Group(string groupName) => new NoProxy();
        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => new NoProxy();
        public IClientProxy Groups(IReadOnlyList<string> groupNames) => new NoProxy();
        public IClientProxy OthersInGroup(string groupName) => new NoProxy();
        public IClientProxy User(string userId) => new NoProxy();
        public IClientProxy Users(IReadOnlyList<string> userIds) => new NoProxy();
    }

    private sealed class NoProxy : IClientProxy
    {
        public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class ServiceCollectionStub : IServiceProvider { public object? GetService(Type serviceType) => null; }
}
