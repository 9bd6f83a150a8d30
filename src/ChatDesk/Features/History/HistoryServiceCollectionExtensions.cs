namespace ChatDesk.Features.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>Earlier chats read-only, conversation search and internal notes.</summary>
    public static IServiceCollection AddChatDeskHistory(this IServiceCollection services)
    {
        services.AddSingleton<ChatRecords>();
        services.AddSingleton<ChatNotes>();
        services.AddSingleton<ConversationSearch>();
        return services;
    }
}
