using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Attachments;

/// <summary>Links that open one attachment for a limited time, signed with a Data Protection time-limited protector
/// (so every node sharing the key ring checks them): in the chat views (the page already proved the token or the
/// staff sign-in) and in transcript mails (Attachments:LinkDays).</summary>
public sealed class AttachmentLinks(IDataProtectionProvider protection, IOptions<AttachmentOptions> options, TimeProvider time,
    IServer? server = null)
{
    /// <summary>How long a link shown in an open chat view works; a view re-opened later gets a new one.</summary>
    public static readonly TimeSpan ViewLifetime = TimeSpan.FromHours(12);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("ChatDesk.Attachments.Link.v1").ToTimeLimitedDataProtector();

    public string ViewUrl(ChatAttachment attachment) => Path(attachment, ViewLifetime);

    /// <summary>An absolute link for a mail: Attachments:PublicUrl, else the first address the server listens on.</summary>
    public string MailUrl(ChatAttachment attachment) =>
        BaseUrl().TrimEnd('/') + Path(attachment, TimeSpan.FromDays(options.Value.LinkDays));

    /// <summary>Whether <paramref name="signature"/> was made for this attachment and has not expired.</summary>
    public bool Verify(long attachmentId, string? signature)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        try
        {
            var payload = protector.Unprotect(signature, out var expires);
            return payload == attachmentId.ToString(CultureInfo.InvariantCulture) && expires > time.GetUtcNow();
        }
        catch (CryptographicException)
        {
            return false; // forged, for another purpose, or expired
        }
    }

    private string Path(ChatAttachment attachment, TimeSpan lifetime)
    {
        var id = attachment.Id.ToString(CultureInfo.InvariantCulture);
        var signature = protector.Protect(id, time.GetUtcNow() + lifetime);
        return $"/attachments/{id}/{Uri.EscapeDataString(attachment.FileName)}?sig={Uri.EscapeDataString(signature)}";
    }

    private string BaseUrl()
    {
        if (options.Value.PublicUrl is { Length: > 0 } configured) return configured;
        var listening = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return listening is null ? "http://localhost" : listening.Replace("://+", "://localhost").Replace("://*", "://localhost")
            .Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");
    }
}
