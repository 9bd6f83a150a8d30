using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Setup;

namespace ChatDesk.Features.Admin.Configuration;

public static partial class ConfigurationCommand
{
    /// <summary><c>config create-admin USER</c>: a new Admin with a generated password, printed once to standard
    /// output (never logged). Exit code 2 when the user exists or the name is not allowed, like reset-password.</summary>
    private static async Task<int> CreateAdminAsync(IServiceProvider services, string userName, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var password = StaffPasswords.Generate();
        var result = await services.GetRequiredService<FirstAdmin>()
            .CreateAsync(StaffActor.CommandLine, userName, password, onlyIfNoAdmin: false, ct);
        switch (result.Outcome)
        {
            case FirstAdminOutcome.Created:
                await output.WriteLineAsync($"Created the admin {userName.Trim()}. Password (shown once): {password}");
                await output.WriteLineAsync("Sign in at /account/login; other details (e-mail, display name) can be set on /admin/staff.");
                return Ok;
            case FirstAdminOutcome.NameTaken:
                await error.WriteLineAsync($"There is a staff user '{userName}' already; use `config reset-password {userName}` to give it a new password.");
                return UsageError;
            default:
                foreach (var problem in result.Errors) await error.WriteLineAsync($"{problem.PropertyName}: {problem.ErrorMessage}");
                return UsageError;
        }
    }
}
