namespace ChatDesk.Features.Admin.Staff;

public static class StaffAdminServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskStaffAdmin(this IServiceCollection services)
    {
        services.AddSingleton<StaffAdmin>();
        services.AddSingleton<DisabledAgentChats>();
        return services;
    }
}
