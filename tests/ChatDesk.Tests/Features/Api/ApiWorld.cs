using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Api;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using ChatDesk.Features.EmailValidation;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Api;

/// <summary>The app in memory with the demo company, reached over HTTP as an outside app would.</summary>
public sealed class ApiWorld : IAsyncDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly List<IAsyncDisposable> leases = [];

    private readonly ChatDeskFactory app;

    public ApiWorld(IDictionary<string, string?>? settings = null)
    {
        app = new ChatDeskFactory(database, settings);
        Factory = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEmailDomainChecker>(Domains)));
    }

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>What the e-mail domain check answers (with EmailValidation:CheckDomain on); every domain takes mail unless set.</summary>
    public FakeDomainChecker Domains { get; } = new();

    public SharedMemoryDatabase Database => database;

    /// <summary>The app's database commands; a window sees a request's commands once the test server keeps the
    /// caller's async flow (<c>Factory.Server.PreserveExecutionContext</c>).</summary>
    public CommandCounter Commands => app.Commands;

    public long Scalar(string sql) => database.Scalar(sql);

    public async Task<StaffUser> UserAsync(string userName)
    {
        using var scope = Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName))!;
    }

    /// <summary>The user has a workspace open and is present, so their channels are open.</summary>
    public async Task PresentAsync(string userName)
    {
        var user = await UserAsync(userName);
        leases.Add(await Factory.Services.GetRequiredService<AgentPresence>().ConnectAsync(user.Id, Presence.Present, CancellationToken.None));
    }

    /// <summary>A personal access token the user made for themselves, as on /account/tokens.</summary>
    public async Task<(int Id, string Secret)> TokenForAsync(string userName)
    {
        var user = await UserAsync(userName);
        var actor = new StaffActor(user.Id, userName, new HashSet<string>());
        var (token, error) = await Factory.Services.GetRequiredService<PersonalAccessTokens>()
            .CreateAsync(actor, user.Id, $"{userName}'s script", TokenKind.User, CancellationToken.None);
        Assert.Null(error);
        return (token!.Id, token.Secret);
    }

    public HttpClient Client(string? bearer = null, string? language = null)
    {
        var client = Factory.CreateClient();
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A connection to /hubs/chat with a chat token or a staff token; the test server speaks plain HTTP
    /// only, so it long-polls through the server's handler.</summary>
    public HubConnection Hub(string token, string? language = null) => new HubConnectionBuilder()
        .WithUrl(new Uri(Factory.Server.BaseAddress, "/hubs/chat"), o =>
        {
            o.Transports = HttpTransportType.LongPolling;
            if (language is not null) o.Headers["Accept-Language"] = language;
            o.HttpMessageHandlerFactory = _ => Factory.Server.CreateHandler();
            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        }).Build();

    public static object Customer(string question, string name = "Ada Lovelace", string email = "ada@example.com") =>
        new { name, email, question, consent = true };

    /// <summary>Starts a chat on "support" and takes it past the FAQ step into the queue.</summary>
    public async Task<StartChatResponse> QueuedChatAsync(string question = "My blender makes a strange noise")
    {
        var response = await Client().PostAsJsonAsync("/api/v1/channels/support/chats", Customer(question));
        response.EnsureSuccessStatusCode();
        var started = (await response.Content.ReadFromJsonAsync<StartChatResponse>())!;
        if (started.Status == "faq") (await Client(started.Token).PostAsync("/api/v1/chat/queue", null)).EnsureSuccessStatusCode();
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lease in leases) await lease.DisposeAsync();
        await Factory.DisposeAsync();
        await app.DisposeAsync();
        database.Dispose();
    }
}
