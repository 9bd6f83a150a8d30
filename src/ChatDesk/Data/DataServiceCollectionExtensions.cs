using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Data;

internal static class DataServiceCollectionExtensions
{
    public const string ConnectionName = "ChatDesk";
    public const string DefaultConnection = "Data Source=data/chatdesk.db";

    public static IServiceCollection AddChatDeskData(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connection)) connection = DefaultConnection;
        try
        {
            _ = new SqliteConnectionStringBuilder(connection);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not a valid SQLite connection string: {ex.Message}", ex);
        }

        // Identity's stores need a scoped context; everything else uses the factory (one context per operation).
        services.AddDbContextFactory<ChatDeskDbContext>(o => o.UseSqlite(connection), ServiceLifetime.Singleton);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
