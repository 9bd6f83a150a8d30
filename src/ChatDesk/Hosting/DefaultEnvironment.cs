namespace ChatDesk.Hosting;

/// <summary>
/// The environment the app runs in when whoever started it chose none. Launch settings (used by <c>dotnet run</c>)
/// set <c>CHATDESK_DEFAULT_ENVIRONMENT=Development</c> rather than <c>ASPNETCORE_ENVIRONMENT</c>: a launch profile's
/// variables replace the user's own, so setting the real one there would make <c>ASPNETCORE_ENVIRONMENT=Production
/// dotnet run</c> run Development. A user's <c>ASPNETCORE_ENVIRONMENT</c>, <c>DOTNET_ENVIRONMENT</c> or
/// <c>--environment</c> always wins; with none of them and no default the host's own default (Production) applies.
/// </summary>
public static class DefaultEnvironment
{
    public const string Variable = "CHATDESK_DEFAULT_ENVIRONMENT";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        EnvironmentName = Chosen(args) is null ? NullIfEmpty(Environment.GetEnvironmentVariable(Variable)) : null,
    };

    /// <summary>The environment the user chose, read from the same sources and in the same order as the host does.</summary>
    public static string? Chosen(string[] args) => NullIfEmpty(new ConfigurationBuilder()
        .AddEnvironmentVariables("DOTNET_")
        .AddEnvironmentVariables("ASPNETCORE_")
        .AddCommandLine(args)
        .Build()[HostDefaults.EnvironmentKey]);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
