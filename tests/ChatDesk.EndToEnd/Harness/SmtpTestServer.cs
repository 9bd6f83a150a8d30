using MimeKit;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>A real SMTP server (Debian's python3-aiosmtpd) on loopback that keeps every message in a Maildir.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private ManagedProcess? process;

    public int Port { get; } = FreePort.Tcp();
    public string MailDir { get; } = Path.Combine(Path.GetTempPath(), "chatdesk-e2e-mail-" + Guid.NewGuid().ToString("N"));

    public async Task StartAsync()
    {
        // Not created here: aiosmtpd's Maildir handler creates the folder with its tmp/new/cur layout.
        // Debian's interpreter, not whatever python3 comes first on PATH: the package installs there.
        process = ManagedProcess.Start("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", MailDir],
            Path.Combine(Paths.TestResults, "smtp.log"));
        await Wait.UntilAsync(() => Task.FromResult(Tcp.IsListening(Port)), TimeSpan.FromSeconds(20), "SMTP server to listen");
    }

    /// <summary>An SMTP outage: the server goes away; its mail so far stays readable.</summary>
    public async Task StopAsync()
    {
        if (process is not null) await process.DisposeAsync();
        process = null;
        await Wait.UntilAsync(() => Task.FromResult(!Tcp.IsListening(Port)), TimeSpan.FromSeconds(10), "the SMTP server to stop");
    }

    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(MailDir, "new");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder).OrderBy(File.GetCreationTimeUtc).Select(f => MimeMessage.Load(f)).ToList();
    }

    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        MimeMessage? found = null;
        await Wait.UntilAsync(() =>
        {
            found = Messages().FirstOrDefault(match);
            return Task.FromResult(found is not null);
        }, timeout ?? TimeSpan.FromSeconds(15), "an e-mail at the SMTP server");
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null) await process.DisposeAsync();
        try { Directory.Delete(MailDir, recursive: true); }
        catch (IOException) { }
    }
}
