using ChatDesk.Hosting;

namespace ChatDesk.Data.Seeding;

internal static class DemoServiceCollectionExtensions
{
    /// <summary>The demo data and the roles every database needs. <c>Demo:Seed</c> defaults to on in Development
    /// only; set explicitly, it wins everywhere (true forces the demo, false keeps Development empty).</summary>
    public static IServiceCollection AddChatDeskDemo(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Registered before the section is bound, so an explicit Demo:Seed overrides this default.
        var development = environment.IsDevelopment();
        services.AddOptions<DemoOptions>().Configure(o => o.Seed = development);
        services.AddValidatedOptions<DemoOptions, DemoOptionsValidator>(configuration, DemoOptions.Section);
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoStaff>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
