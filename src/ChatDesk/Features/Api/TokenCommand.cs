using ChatDesk.Data;
using ChatDesk.Features.Identity;
using ChatDesk.Hosting;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Api;

/// <summary>
/// <c>token create USER NAME [--bot]</c>: issues a personal access token for a staff user against the configured
/// database, without starting the web server, and prints the secret once on the last line (for scripts and
/// provisioning; the benchmark uses it). Audited as made by the command line. Exit codes: 0 done, 1 refused
/// (no such user, a bad name), 2 wrong arguments.
/// </summary>
public static class TokenCommand
{
    public const int Ok = 0, Refused = 1, UsageError = 2;

    public const string Usage = """
        Usage:
          dotnet run --project src/ChatDesk -- token create USER NAME [--bot] [--Key=Value ...]

        Prints a new personal access token for the staff user USER (shown this once; only its hash is kept).
        --bot makes a bot token (see README: Bot hand-off). Revoke tokens on /account/tokens.
        """;

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "token";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var options = args.Skip(4).ToList();
        var bot = options.Remove("--bot");
        if (args.Length < 4 || args[1] != "create" || options.Any(a => !a.StartsWith("--", StringComparison.Ordinal)))
        {
            await error.WriteLineAsync(Usage);
            return UsageError;
        }

        var builder = WebApplication.CreateBuilder([.. options]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddChatDesk();
        await using var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseInitializer>().PrepareAsync(seedDemo: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(args[2]);
        if (user is null)
        {
            await error.WriteLineAsync($"There is no staff user '{args[2]}'.");
            return Refused;
        }
        var (token, errorKey) = await app.Services.GetRequiredService<PersonalAccessTokens>()
            .CreateAsync(StaffActor.CommandLine, user.Id, args[3], bot ? TokenKind.Bot : TokenKind.User, ct);
        if (token is null)
        {
            await error.WriteLineAsync($"Refused: {errorKey}.");
            return Refused;
        }
        await output.WriteLineAsync($"Token for {user.UserName} ({(bot ? "bot" : "user")}); keep it, it is shown this once:");
        await output.WriteLineAsync(token.Secret);
        return Ok;
    }
}
