using System.Diagnostics;

namespace ChatDesk.Features.Faq;

/// <summary>Builds the FAQ index in the background once the app has started, so the first customer's question after
/// a start does not pay for it. Until it is done, a question waits for this same build (it holds the index's lock).</summary>
public sealed class FaqIndexStartup(FaqSearchIndex index, IHostApplicationLifetime lifetime, ILogger<FaqIndexStartup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After ApplicationStarted: the database is migrated and seeded by then, and startup is not slowed down.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var watch = Stopwatch.StartNew();
        try
        {
            await index.EnsureBuiltAsync(stoppingToken);
            log.LogInformation("FAQ suggestion index built in {Milliseconds} ms", watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Not fatal: the first question builds it instead.
            log.LogError(e, "Building the FAQ suggestion index at startup failed after {Milliseconds} ms", watch.ElapsedMilliseconds);
        }
    }
}
