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
            var built = watch.ElapsedMilliseconds;
            log.LogInformation("FAQ suggestion index built in {Milliseconds} ms, heap compacted in {Compacted} ms",
                built, CompactHeap().TotalMilliseconds);
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

    /// <summary>One compacting collection after the startup build. The build reads the articles a page at a time and
    /// drops each page's text once indexed; much of it has been promoted to the oldest generation by then, between the
    /// index's own buffers. Until the collector compacts on its own, later collections promote into those gaps, and
    /// questions measured up to twice as slow at p99 (README, "Reading a page at a time"). Once, at startup, it costs
    /// 50–70 ms; never after later index changes, where a question answered meanwhile would wait for it.</summary>
    public static TimeSpan CompactHeap()
    {
        var watch = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return watch.Elapsed;
    }
}
