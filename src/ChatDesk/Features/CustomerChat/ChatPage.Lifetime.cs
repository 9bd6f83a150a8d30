using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.CustomerChat;

// An ended chat's page lives on a clock (issue 10): "Return to chat" disappears after Chat:ReturnMinutes, and after
// Chat:EndedAccessMinutes the browser forgets the chat and the page starts a new one, as a reload would.
public sealed partial class ChatPage
{
    private CancellationTokenSource? deadlineWatch;

    /// <summary>Waits for the shown chat's next deadline; called whenever the chat shown or its state changes.</summary>
    private void WatchDeadlines()
    {
        StopDeadlineWatch();
        if (session is null) return;
        var now = Time.GetUtcNow();
        if (Conversations.DeadlinesOf(session).NextAfter(now) is not { } next) return;
        deadlineWatch = CancellationTokenSource.CreateLinkedTokenSource(Closing);
        _ = WaitForDeadlineAsync(next - now, deadlineWatch.Token);
    }

    private async Task WaitForDeadlineAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, Time, ct);
        }
        catch (OperationCanceledException)
        {
            return; // the chat changed (or the page closed): a new watch, if any, has taken over
        }
        await InvokeAsync(() => GuardAsync(OnDeadlineAsync));
    }

    private async Task OnDeadlineAsync()
    {
        if (session is null) return;
        if (Conversations.TokenExpired(session))
        {
            await NewChatAsync();
        }
        else
        {
            WatchDeadlines();
        }
        StateHasChanged();
    }

    private void StopDeadlineWatch()
    {
        deadlineWatch?.Cancel();
        deadlineWatch?.Dispose();
        deadlineWatch = null;
    }
}
