using ChatDesk.Data;
using ChatDesk.Features.Identity;
using ChatDesk.Hosting;

namespace ChatDesk.Features.Privacy;

/// <summary>
/// <c>privacy export EMAIL FILE</c> and <c>privacy erase EMAIL</c> against the configured database, without
/// starting the web server (migrations are applied; no demo data is seeded). Erase asks no question: the command
/// is the operator's decision, and scripts run it; <c>privacy export</c> first shows what it would remove.
/// Exit codes: 0 done, 1 refused (a chat of the address is still running; nothing changed), 2 wrong arguments,
/// not an e-mail address, or an unwritable file.
/// </summary>
public static class PrivacyCommand
{
    public const int Ok = 0, Refused = 1, UsageError = 2;

    public const string Usage = """
        Usage:
          dotnet run --project src/ChatDesk -- privacy export EMAIL FILE [--Key=Value ...]
          dotnet run --project src/ChatDesk -- privacy erase EMAIL [--Key=Value ...]

        Export writes every chat, message, ticket and mail of EMAIL to FILE as JSON.
        Erase anonymises them and removes EMAIL from every other text in the database, at once and for good.
        The database is ConnectionStrings:ChatDesk (e.g. --ConnectionStrings:ChatDesk="Data Source=data/chatdesk.db").
        """;

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "privacy";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var fixedArgs = args.Length > 1 && args[1] == "export" ? 4 : 3;
        if (args.Length < fixedArgs || args[1] is not ("export" or "erase")
            || args[fixedArgs..].Any(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            await error.WriteLineAsync(Usage);
            return UsageError;
        }
        if (PersonalAddress.Parse(args[2]) is not { } address)
        {
            await error.WriteLineAsync($"'{args[2]}' is not an e-mail address.");
            return UsageError;
        }

        var builder = WebApplication.CreateBuilder(args[fixedArgs..]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddChatDesk();
        await using var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseInitializer>().PrepareAsync(seedDemo: false, ct);
        var privacy = app.Services.GetRequiredService<PrivacyService>();
        return args[1] == "export"
            ? await ExportAsync(privacy, address, args[3], output, error, ct)
            : await EraseAsync(privacy, address, output, error, ct);
    }

    private static async Task<int> ExportAsync(PrivacyService privacy, PersonalAddress address, string path,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        var export = await privacy.ExportAsync(StaffActor.CommandLine, address, ct);
        try
        {
            await File.WriteAllTextAsync(path, PrivacyService.ToJson(export), ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot write {path}: {ex.Message}");
            return UsageError;
        }
        await output.WriteLineAsync($"Exported {export.Chats.Count} chat(s) with {export.Chats.Sum(c => c.Messages.Count)} message(s), " +
            $"{export.Tickets.Count} ticket(s) and {export.Mails.Count} mail(s) to {path}.");
        return Ok;
    }

    private static async Task<int> EraseAsync(PrivacyService privacy, PersonalAddress address, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var staff = (await privacy.FindAsync(StaffActor.CommandLine, address, ct)).StaffUserNames;
        var result = await privacy.EraseAsync(StaffActor.CommandLine, address, ct);
        if (result.Refused)
        {
            await error.WriteLineAsync("A chat with this address is still queued or active; nothing was erased. Try again when it has ended.");
            return Refused;
        }
        await output.WriteLineAsync($"Erased: {result.Describe()}.");
        if (staff.Count > 0)
            await output.WriteLineAsync($"The address is also a staff account's ({string.Join(", ", staff)}); change it on /admin/staff.");
        return Ok;
    }
}
