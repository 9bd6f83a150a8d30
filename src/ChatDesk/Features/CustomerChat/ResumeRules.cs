using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.CustomerChat;

/// <summary>Which chat a stored token may bring back after a reload or a rejected circuit.</summary>
public static class ResumeRules
{
    /// <summary>Only a chat of this channel that got past the form: a forged, expired or foreign token, a chat left in
    /// the queue or one never started simply starts fresh and never shows another chat.</summary>
    public static bool CanResume(ChatSession? found, int channelId) =>
        found is not null && found.ChannelId == channelId && found.Status is not (SessionStatus.Abandoned or SessionStatus.PreChat);
}
