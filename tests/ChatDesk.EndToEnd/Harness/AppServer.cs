namespace ChatDesk.EndToEnd.Harness;

/// <summary>The real ChatDesk app, started from its build output on Kestrel with its own data folder.</summary>
public sealed class AppServer(IReadOnlyDictionary<string, string>? settings = null, string logName = "app.log") : IAsyncDisposable
{
    private ManagedProcess? process;
    private SmtpTestServer? smtpServer;
    private DnsTestServer? dnsServer;
    private bool started;

    public int Port { get; } = FreePort.Tcp();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "chatdesk-e2e-app-" + Guid.NewGuid().ToString("N"));
    public const string DemoPassword = "E2e-Demo-Pass-1";

    /// <summary>How long a start may take before the test gives up (creating a PostgreSQL schema takes longer).</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(90);

    public async Task StartAsync(SmtpTestServer smtp, DnsTestServer dns)
    {
        (smtpServer, dnsServer) = (smtp, dns);
        Directory.CreateDirectory(DataDir);
        var environment = new Dictionary<string, string>
        {
            // Development serves the static web assets (MudBlazor, blazor.web.js) straight from the build output.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = BaseUrl,
            ["ConnectionStrings__ChatDesk"] = $"Data Source={Path.Combine(DataDir, "chatdesk.db")}",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtp.Port.ToString(),
            ["Smtp__Security"] = "None",
            ["Smtp__From"] = "Nordhem Support <support@mx.chatdesk.test>",
            ["EmailValidation__NameServers"] = $"127.0.0.1:{dns.Port}",
            ["EmailValidation__TimeoutMs"] = "1500",
            ["Demo__Seed"] = "true",
            // The demo's four weeks of history would shift the figures tests count; its own test is a unit test.
            ["Demo__History"] = "false",
            // Short, so a closed test browser stops counting as a present agent within the next test.
            ["Agents__PresenceGraceSeconds"] = "2",
            ["Demo__Password"] = DemoPassword,
            // Every browser test comes from 127.0.0.1 and is quicker than a person: the request form's limits and
            // minimum fill time are wide open here, and tested on an app of their own (MailLimitFixture).
            ["Abuse__TicketsPerClientPerHour"] = "100000",
            ["Abuse__ConfirmationsPerRecipientPerDay"] = "100000",
            ["Abuse__TicketFormMinSeconds"] = "0",
            // The whole suite signs in from this one address, far more often than a person would.
            ["Abuse__LoginPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging__LogLevel__ChatDesk"] = "Debug",
            // Every test browser comes from 127.0.0.1: the per-client caps would count the whole suite as one client.
            ["Abuse__MaxCircuitsPerClient"] = "2000",
            ["Abuse__MaxCircuits"] = "2000",
            ["Abuse__WidgetPerMinute"] = "100000",
            // Tests change channels straight in the database, past the app: the widget must not keep them.
            ["Chat__WidgetCacheSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        // A restart appends to the same log, so a test's whole story (before and after the stop) is in one file.
        process = ManagedProcess.Start("dotnet", [Paths.AppAssembly], Path.Combine(Paths.TestResults, logName), DataDir, environment,
            appendLog: started);
        started = true;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Wait.UntilAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException("The app exited at startup:\n" + process.ReadLog());
            try { return (await http.GetStringAsync(BaseUrl + "/healthz")) == "Healthy"; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, StartupTimeout, "the app's /healthz");
    }

    /// <summary>Stops the app: <paramref name="graceful"/> sends SIGTERM, otherwise it is killed (kill -9).</summary>
    public async Task StopAsync(bool graceful)
    {
        if (process is null) return;
        await process.StopAsync(graceful);
        await process.DisposeAsync();
        process = null;
    }

    /// <summary>Starts the app again if a test left it stopped (say, it failed between a stop and a restart).</summary>
    public async Task EnsureRunningAsync()
    {
        if (process is { HasExited: false }) return;
        if (process is not null) await StopAsync(graceful: false);
        await RestartAsync();
    }

    /// <summary>Starts the app again on the same port over the same database and data folder.</summary>
    public Task RestartAsync() => StartAsync(smtpServer!, dnsServer!);

    /// <summary>Test set-up straight in the app's database (for state the admin UI will own later).</summary>
    public void Sql(string sql)
    {
        using var connection = OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Microsoft.Data.Sqlite.SqliteConnection OpenDatabase()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataDir, "chatdesk.db")}");
        connection.Open();
        return connection;
    }

    /// <summary>Ends every live chat left by earlier tests, so queue positions start from one.</summary>
    public void ClearQueues() => Sql("UPDATE Sessions SET Status = 'Abandoned' WHERE Status IN ('Queued', 'Active', 'Ended')");

    public void SetHours(string slug, string hoursJson) =>
        Sql($"UPDATE Channels SET Hours = '{hoursJson.Replace("'", "''")}' WHERE Slug = '{slug}'");

    public void SetFaqSuggestions(string slug, bool on) =>
        Sql($"UPDATE Channels SET PreChat_FaqSuggestions = {(on ? 1 : 0)} WHERE Slug = '{slug}'");

    public string Scalar(string sql)
    {
        using var connection = OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public const string AlwaysOpen = """{"timeZoneId":"Europe/Stockholm","alwaysOpen":true,"days":[],"holidays":[]}""";
    public const string NeverOpen = """{"timeZoneId":"Europe/Stockholm","alwaysOpen":false,"days":[],"holidays":[]}""";

    public string ReadLog() => process?.ReadLog() ?? "";

    public async ValueTask DisposeAsync()
    {
        if (process is not null) await process.DisposeAsync();
        try { Directory.Delete(DataDir, recursive: true); }
        catch (IOException) { }
    }
}
