using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>Channels between the database (ids) and the file (user names and folder paths).</summary>
internal static class ConfigurationMapping
{
    public static ChannelEntry FromChannel(ChatChannel channel, Func<int, List<string>?> folderPath, Func<string, string> userName) => new()
    {
        Name = channel.Name, Slug = channel.Slug, Language = channel.Language, BadgeText = channel.BadgeText,
        Description = channel.Description, Look = channel.Look, QueueMessage = channel.QueueMessage,
        WelcomeMessage = channel.WelcomeMessage, AgentName = channel.AgentName, Hours = channel.Hours,
        PreChat = new PreChatEntry
        {
            Enabled = channel.PreChat.Enabled, Message = channel.PreChat.Message, RequiredFields = channel.PreChat.RequiredFields,
            ConsentText = channel.PreChat.ConsentText, FaqSuggestions = channel.PreChat.FaqSuggestions,
            FaqFolder = channel.PreChat.FaqFolderId is { } id ? folderPath(id) : null,
        },
        PostChat = channel.PostChat, Offline = channel.Offline,
        QueueFallbackMinutes = channel.QueueFallbackMinutes, QueueFallbackLength = channel.QueueFallbackLength,
        WarningMinutes = channel.WarningMinutes, ManagerWarningMinutes = channel.ManagerWarningMinutes,
        Routing = channel.Routing, BotFirst = channel.BotFirst, IdleMinutes = channel.IdleMinutes, RetentionDays = channel.RetentionDays,
        AttachmentMaxMegabytes = channel.AttachmentMaxMegabytes, AttachmentMaxPerChat = channel.AttachmentMaxPerChat,
        AttachmentTypes = channel.AttachmentTypes,
        Members = [.. channel.Members.Select(m => new MemberEntry
        {
            UserName = userName(m.UserId), CanRespond = m.CanRespond, Notifications = m.Notifications,
            CanListenIn = m.CanListenIn, IsManager = m.IsManager,
        }).OrderBy(m => m.UserName, StringComparer.Ordinal)],
    };

    /// <summary>A new channel with the entry's settings (members without a channel id yet).</summary>
    public static ChatChannel ToChannel(ChannelEntry entry, Func<List<string>, int?> folderId, Func<string, string> userId)
    {
        var channel = new ChatChannel { Slug = entry.Slug };
        CopySettings(entry, channel, folderId);
        channel.Members = [.. entry.Members.Select(m => new ChannelMember
        {
            UserId = userId(m.UserName), CanRespond = m.CanRespond, Notifications = m.Notifications,
            CanListenIn = m.CanListenIn, IsManager = m.IsManager,
        })];
        return channel;
    }

    /// <summary>Every setting but the slug (the key) and the members.</summary>
    public static void CopySettings(ChannelEntry entry, ChatChannel channel, Func<List<string>, int?> folderId)
    {
        channel.Name = entry.Name;
        channel.Language = entry.Language;
        channel.BadgeText = entry.BadgeText;
        channel.Description = entry.Description;
        channel.Look = entry.Look;
        channel.QueueMessage = entry.QueueMessage;
        channel.WelcomeMessage = entry.WelcomeMessage;
        channel.AgentName = entry.AgentName;
        channel.Hours = entry.Hours;
        channel.PreChat = entry.PreChat is null ? null! : new PreChatForm
        {
            Enabled = entry.PreChat.Enabled, Message = entry.PreChat.Message, RequiredFields = entry.PreChat.RequiredFields,
            ConsentText = entry.PreChat.ConsentText, FaqSuggestions = entry.PreChat.FaqSuggestions,
            FaqFolderId = entry.PreChat.FaqFolder is { } path ? folderId(path) : null,
        };
        channel.PostChat = entry.PostChat;
        channel.Offline = entry.Offline;
        channel.QueueFallbackMinutes = entry.QueueFallbackMinutes;
        channel.QueueFallbackLength = entry.QueueFallbackLength;
        channel.WarningMinutes = entry.WarningMinutes;
        channel.ManagerWarningMinutes = entry.ManagerWarningMinutes;
        channel.Routing = entry.Routing;
        channel.BotFirst = entry.BotFirst;
        channel.IdleMinutes = entry.IdleMinutes;
        channel.RetentionDays = entry.RetentionDays;
        channel.AttachmentMaxMegabytes = entry.AttachmentMaxMegabytes;
        channel.AttachmentMaxPerChat = entry.AttachmentMaxPerChat;
        channel.AttachmentTypes = entry.AttachmentTypes;
    }
}
