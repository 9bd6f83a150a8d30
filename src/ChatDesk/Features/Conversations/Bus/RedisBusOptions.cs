namespace ChatDesk.Features.Conversations.Bus;

/// <summary>The shared event bus between nodes (issue 14): unset, events stay inside this process.</summary>
public sealed class RedisBusOptions
{
    public const string Section = "ChatDesk";

    /// <summary>A StackExchange.Redis connection string ("localhost:6379", "redis1:6379,password=…,ssl=true").</summary>
    public string? Redis { get; set; }

    /// <summary>Starts the Redis channel's name, so two installations can share one Redis.</summary>
    public string RedisChannelPrefix { get; set; } = "chatdesk";
}
