using ChatDesk.Resources;

namespace ChatDesk.Features.Attachments;

/// <summary>The localized sentence for a refused file: {0} file name, {1} megabytes, {2} files per chat, {3} types.</summary>
public static class AttachmentRefusalText
{
    public static string For(AttachmentText text, AttachRefusal refusal, string fileName, AttachmentLimits limits) =>
        text.Format("Refused_" + refusal, AttachmentFileName.Clean(fileName), limits.MaxMegabytes, limits.MaxPerChat,
            string.Join(", ", limits.AllowedTypes.Order()));
}
