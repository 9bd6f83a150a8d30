using Microsoft.Playwright;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>Waiting for a page's file chooser without a race. Playwright turns chooser interception on when a
/// listener is added, without waiting for the browser's answer (SetFileChooserInterceptedNoReply), and
/// RunAndWaitForFileChooserAsync adds its listener only as the action starts: a key press, sent at once, can reach
/// Chromium first on a busy machine, and the chooser then opens un-intercepted and never reaches the test
/// (TheAttachButtonWorksFromTheKeyboard in CI). Listen first, act after a round trip to the page.</summary>
internal static class FileChoosers
{
    /// <summary>Listens from now on; the task completes with the page's next chooser.</summary>
    public static Task<IFileChooser> Next(IPage page)
    {
        var chosen = new TaskCompletionSource<IFileChooser>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.FileChooser += (_, chooser) => chosen.TrySetResult(chooser);
        return chosen.Task;
    }

    public static Task<IFileChooser> Within(this Task<IFileChooser> chooser, int seconds = 10) =>
        chooser.WaitAsync(TimeSpan.FromSeconds(seconds));
}
