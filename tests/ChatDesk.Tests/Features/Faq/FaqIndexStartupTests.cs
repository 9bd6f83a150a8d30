using ChatDesk.Features.Faq;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatDesk.Tests.Features.Faq;

public sealed class FaqIndexStartupTests : IDisposable
{
    private readonly FaqTestDatabase database = new();
    private readonly StartedLifetime lifetime = new();
    private readonly RecordingLogger log = new();

    public void Dispose()
    {
        lifetime.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task TheIndexIsBuiltOnceTheAppHasStartedAndTheTimeIsLogged()
    {
        var folder = database.Folder("Web support");
        var article = database.Article(folder, "en", "I forgot my password", "Click Forgot password on the sign-in page.");
        var index = new FaqSearchIndex(database);
        using var startup = new FaqIndexStartup(index, lifetime, log);

        await startup.StartAsync(CancellationToken.None);
        Assert.Equal(0, index.Builds);
        lifetime.Start();
        await startup.ExecuteTask!;

        Assert.Equal(1, index.Builds);
        Assert.Contains(log.Messages, m => m.StartsWith("FAQ suggestion index built in ", StringComparison.Ordinal));
        // The first question is answered from that build instead of starting another.
        Assert.Equal(article.Id, (await index.SuggestAsync(folder.Id, "en", "forgot password", 3, CancellationToken.None))[0].ArticleId);
        Assert.Equal(1, index.Builds);
    }

    [Fact]
    public async Task StoppingBeforeTheAppHasStartedBuildsNothing()
    {
        var index = new FaqSearchIndex(database);
        using var startup = new FaqIndexStartup(index, lifetime, log);

        await startup.StartAsync(CancellationToken.None);
        await startup.StopAsync(CancellationToken.None);

        Assert.Equal(0, index.Builds);
        Assert.Empty(log.Messages);
    }

    private sealed class StartedLifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource started = new();

        public CancellationToken ApplicationStarted => started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Start() => started.Cancel();

        public void StopApplication()
        {
        }

        public void Dispose() => started.Dispose();
    }

    private sealed class RecordingLogger : ILogger<FaqIndexStartup>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages) Messages.Add(formatter(state, exception));
        }
    }
}
