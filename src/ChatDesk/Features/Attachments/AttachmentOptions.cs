using ChatDesk.Features.Channels;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Attachments;

/// <summary>Attachments:* — the defaults every channel has unless it sets its own (ChatChannel.Attachment*).</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Largest file, in megabytes (1–100).</summary>
    public int MaxMegabytes { get; set; } = 10;
    /// <summary>Files one chat may hold, both sides together (0 turns attachments off).</summary>
    public int MaxPerChat { get; set; } = 20;
    /// <summary>Extensions allowed, comma-separated (see <see cref="AttachmentTypes.Known"/>).</summary>
    public string AllowedTypes { get; set; } = AttachmentTypes.Default;
    /// <summary>How long the links in a transcript mail open the file (1–90 days).</summary>
    public int LinkDays { get; set; } = 7;
    /// <summary>The address mails link to (https://chat.example.com); empty: the first address the server listens on.</summary>
    public string PublicUrl { get; set; } = "";
}

internal sealed class AttachmentOptionsValidator : IValidateOptions<AttachmentOptions>
{
    public ValidateOptionsResult Validate(string? name, AttachmentOptions o)
    {
        var errors = new List<string>();
        if (o.MaxMegabytes is < 1 or > 100) errors.Add("Attachments:MaxMegabytes must be 1–100.");
        if (o.MaxPerChat is < 0 or > 1000) errors.Add("Attachments:MaxPerChat must be 0–1000.");
        if (o.LinkDays is < 1 or > 90) errors.Add("Attachments:LinkDays must be 1–90.");
        if (AttachmentTypes.Unknown(o.AllowedTypes) is { Count: > 0 } unknown)
            errors.Add($"Attachments:AllowedTypes has unknown types: {string.Join(", ", unknown)}.");
        if (o.PublicUrl != "" && !Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out _)) errors.Add("Attachments:PublicUrl must be an absolute URL.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>A channel's effective limits: its own settings where it has them, else the configured defaults.</summary>
public sealed record AttachmentLimits(long MaxBytes, int MaxPerChat, IReadOnlySet<string> AllowedTypes)
{
    public static AttachmentLimits For(AttachmentOptions options, ChatChannel? channel) => new(
        (channel?.AttachmentMaxMegabytes ?? options.MaxMegabytes) * 1024L * 1024L,
        channel?.AttachmentMaxPerChat ?? options.MaxPerChat,
        AttachmentTypes.Parse(string.IsNullOrWhiteSpace(channel?.AttachmentTypes) ? options.AllowedTypes : channel.AttachmentTypes));

    public int MaxMegabytes => (int)(MaxBytes / (1024 * 1024));

    /// <summary>For the file picker's accept attribute: ".png,.jpg,…".</summary>
    public string Accept => string.Join(",", AllowedTypes.Select(t => "." + t));
}
