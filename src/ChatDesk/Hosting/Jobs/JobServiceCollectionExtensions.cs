namespace ChatDesk.Hosting.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>The leader leases of the jobs that run on one node at a time. Needs AddChatDeskData and a TimeProvider.</summary>
    public static IServiceCollection AddChatDeskJobLeases(this IServiceCollection services) =>
        services.AddSingleton<JobLeases>();
}
