namespace ChatDesk.Features.Admin.Configuration;

public static class ConfigurationServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskConfigurationFile(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapConfigurationEndpoints(this IEndpointRouteBuilder endpoints) => endpoints;
}
