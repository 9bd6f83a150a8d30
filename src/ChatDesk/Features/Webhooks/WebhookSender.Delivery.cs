using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Webhooks;

// One delivery: sign it, post it, record the outcome and release the claim.
public sealed partial class WebhookSender
{
    private async Task<bool> TryPostAsync(WebhookDelivery row, CancellationToken cancellationToken)
    {
        var body = WebhookPayload.From(row).ToJson();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        int? status = null;
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, row.Subscription!.Url)
            {
                Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            };
            request.Headers.Add(WebhookSignature.EventHeader, row.EventType);
            request.Headers.Add(WebhookSignature.DeliveryHeader, row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(row.Subscription.Secret, timestamp, body));
            using var response = await http.CreateClient(WebhookHttp.ClientName).SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode) error = $"HTTP {status} {response.ReasonPhrase}";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-post: hand the row back now rather than when the lease runs out.
            await ReleaseAsync(row.Id);
            throw;
        }
        catch (Exception ex)
        {
            // Unreachable, refused, timed out (HttpClient's timeout surfaces as a cancellation of its own).
            error = $"{ex.GetType().Name}: {ex.Message}";
        }
        if (error is null) await RecordDeliveredAsync(row, status!.Value);
        else await RecordFailureAsync(row, status, error);
        return error is null;
    }

    private async Task RecordDeliveredAsync(WebhookDelivery row, int status)
    {
        // Not cancellable: the receiver has it, so recording must not be skipped by a shutdown.
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Set<WebhookDelivery>().Where(d => d.Id == row.Id).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.DeliveredAt, now)
            .SetProperty(d => d.Attempts, row.Attempts + 1)
            .SetProperty(d => d.LastStatusCode, status)
            .SetProperty(d => d.LastError, (string?)null)
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(d => d.ClaimedBy, (string?)null), CancellationToken.None);
    }

    private async Task RecordFailureAsync(WebhookDelivery row, int? status, string error)
    {
        var attempts = row.Attempts + 1;
        var now = time.GetUtcNow();
        var next = now + WebhookRetry.Delay(attempts);
        var givenUp = WebhookRetry.GivesUp(status, attempts, options.Value.MaxAttempts);
        DateTimeOffset? failedAt = givenUp ? now : null;
        var message = WebhookRetry.Clip(error);
        if (givenUp)
            logger.LogWarning("Webhook delivery {Id} ({Event}) failed for good after {Attempts} attempt(s): {Error}", row.Id, row.EventType, attempts, message);
        else
            logger.LogInformation("Webhook delivery {Id} ({Event}) failed (attempt {Attempts}), next try at {Next:O}: {Error}", row.Id, row.EventType, attempts, next, message);
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Set<WebhookDelivery>().Where(d => d.Id == row.Id).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.LastStatusCode, status)
            .SetProperty(d => d.LastError, message)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.FailedAt, failedAt)
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(d => d.ClaimedBy, (string?)null), CancellationToken.None);
    }

    private async Task ReleaseAsync(long id)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Set<WebhookDelivery>().Where(d => d.Id == id && d.ClaimedBy == Id).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(d => d.ClaimedBy, (string?)null), CancellationToken.None);
    }
}
