namespace ChatDesk.EndToEnd.Harness;

/// <summary>The real ChatDesk app, started from its build output on Kestrel with its own data folder.</summary>
public sealed class AppServer : IAsyncDisposable
{
    private ManagedProcess? process;

    public int Port { get; } = FreePort.Tcp();
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "chatdesk-e2e-app-" + Guid.NewGuid().ToString("N"));
    public const string DemoPassword = "E2e-Demo-Pass-1";

    public async Task StartAsync(SmtpTestServer smtp, DnsTestServer dns)
    {
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
            // Short, so a closed test browser stops counting as a present agent within the next test.
            ["Agents__PresenceGraceSeconds"] = "2",
            ["Demo__Password"] = DemoPassword,
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging__LogLevel__ChatDesk"] = "Debug",
        };
        process = ManagedProcess.Start("dotnet", [Paths.AppAssembly], Path.Combine(Paths.TestResults, "app.log"), DataDir, environment);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Wait.UntilAsync(async () =>
        {
            if (process.HasExited) throw new InvalidOperationException("The app exited at startup:\n" + process.ReadLog());
            try { return (await http.GetStringAsync(BaseUrl + "/healthz")) == "Healthy"; }
            catch (HttpRequestException) { return false; }
            catch (TaskCanceledException) { return false; }
        }, TimeSpan.FromSeconds(90), "the app's /healthz");
    }

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
