using ChatDesk.Data;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Identity;
using ChatDesk.Hosting;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>
/// <c>config export FILE</c>, <c>config import FILE</c>, <c>config reset-password USER</c> and <c>config create-admin USER</c>
/// (ConfigurationCommand.CreateAdmin.cs) against the configured database, without starting the web server. Migrations are applied and the staff roles created, but no demo data is seeded: importing into
/// an empty database gives exactly the file's configuration. Exit codes: 0 done, 1 the file has problems
/// (nothing changed), 2 wrong arguments or an unreadable file.
/// </summary>
public static partial class ConfigurationCommand
{
    public const int Ok = 0, InvalidFile = 1, UsageError = 2;

    public const string Usage = """
        Usage:
          dotnet run --project src/ChatDesk -- config export FILE [--Key=Value ...]
          dotnet run --project src/ChatDesk -- config import FILE [--Key=Value ...]
          dotnet run --project src/ChatDesk -- config reset-password USERNAME [--Key=Value ...]
          dotnet run --project src/ChatDesk -- config create-admin USERNAME [--Key=Value ...]

        Export writes channels, FAQ folders and articles, reply templates and staff (never passwords) to FILE.
        Import checks the whole FILE and changes nothing if any part is invalid; otherwise it applies it.
        Imported new staff users have no password: reset-password gives one a generated password (printed once),
        e.g. the first admin of a database filled by import. create-admin makes a new Admin user with a generated
        password (printed once), e.g. the first admin of a new database; it refuses a user name that exists.
        The database is ConnectionStrings:ChatDesk (e.g. --ConnectionStrings:ChatDesk="Data Source=data/chatdesk.db").
        """;

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "config";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        if (args.Length < 3 || args[1] is not ("export" or "import" or "reset-password" or "create-admin") || args[3..].Any(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            await error.WriteLineAsync(Usage);
            return UsageError;
        }
        var (verb, path) = (args[1], args[2]);

        // The environment as the app would choose it (Development under `dotnet run`), so the demo data follows the same rule.
        var builder = WebApplication.CreateBuilder(DefaultEnvironment.Options(args[3..]));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddChatDesk();
        await using var app = builder.Build();
        // Export and reset-password meet the database as the app would (demo data on a new one when Demo:Seed is on);
        // an import into a new database gives exactly the file's configuration.
        await app.Services.GetRequiredService<DatabaseInitializer>().PrepareAsync(seedDemo: verb != "import", ct);
        var file = app.Services.GetRequiredService<ConfigurationFile>();
        return verb switch
        {
            "export" => await ExportAsync(file, path, output, error, ct),
            "import" => await ImportAsync(file, path, output, error, ct),
            "create-admin" => await CreateAdminAsync(app.Services, userName: path, output, error, ct),
            _ => await ResetPasswordAsync(app.Services, userName: path, output, error, ct),
        };
    }

    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string userName, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string? userId;
        await using (var scope = services.CreateAsyncScope())
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName))?.Id;
        if (userId is null)
        {
            await error.WriteLineAsync($"There is no staff user '{userName}'.");
            return UsageError;
        }
        var reset = await services.GetRequiredService<StaffAdmin>().ResetPasswordAsync(StaffActor.CommandLine, userId, null, ct);
        await output.WriteLineAsync($"New password for {userName} (shown once): {reset.GeneratedPassword}");
        return Ok;
    }

    private static async Task<int> ExportAsync(ConfigurationFile file, string path, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var document = await file.ExportDocumentAsync(StaffActor.CommandLine, ct);
        try
        {
            await File.WriteAllTextAsync(path, ConfigurationJson.Write(document), ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot write {path}: {ex.Message}");
            return UsageError;
        }
        await output.WriteLineAsync($"Exported {document.Channels.Count} channels, {document.FaqFolders.Count} FAQ folders, " +
            $"{document.FaqArticles.Count} FAQ articles, {document.Templates.Count} templates and {document.Staff.Count} staff users to {path}.");
        return Ok;
    }

    private static async Task<int> ImportAsync(ConfigurationFile file, string path, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read {path}: {ex.Message}");
            return UsageError;
        }
        var result = await file.ImportAsync(StaffActor.CommandLine, json, ct);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"{path} has {result.Problems.Count} problem(s); nothing was changed:");
            foreach (var problem in result.Problems) await error.WriteLineAsync("  " + problem);
            return InvalidFile;
        }
        await output.WriteLineAsync($"Imported {path}: {result.Changes.Count} change(s).");
        foreach (var change in result.Changes) await output.WriteLineAsync("  " + change);
        if (result.UsersWithoutPassword.Count > 0)
            await output.WriteLineAsync("New staff users have no password and cannot sign in until an admin sets one on /admin/staff: " +
                string.Join(", ", result.UsersWithoutPassword));
        return Ok;
    }
}
