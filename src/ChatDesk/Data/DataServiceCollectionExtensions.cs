using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatDesk.Data;

internal static class DataServiceCollectionExtensions
{
    public const string ConnectionName = "ChatDesk";
    public const string DefaultConnection = "Data Source=data/chatdesk.db";

    public static IServiceCollection AddChatDeskData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = DatabaseProviders.From(configuration);
        var connection = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException($"{DatabaseProviders.Key} is Postgres: set ConnectionStrings:{ConnectionName} to the server's connection string.");
            connection = DefaultConnection;
        }
        Validate(provider, connection);

        // Identity's stores need a scoped context; everything else uses the factory (one context per operation).
        services.AddDbContextFactory<ChatDeskDbContext, ChatDeskContextFactory>(
            o => o.Use(provider, connection), ServiceLifetime.Singleton);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    private static void Validate(DatabaseProvider provider, string connection)
    {
        try
        {
            _ = provider == DatabaseProvider.Postgres
                ? new NpgsqlConnectionStringBuilder(connection)
                : (object)new SqliteConnectionStringBuilder(connection);
        }
        catch (ArgumentException ex)
        {
            var name = provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not a valid {name} connection string: {ex.Message}", ex);
        }
    }
}
