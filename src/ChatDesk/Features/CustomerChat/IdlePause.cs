using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.CustomerChat;

/// <summary>Whether a customer page gets js/idle-pause.js, and after how many idle seconds it pauses its circuit.</summary>
public static class IdlePause
{
    /// <summary>The idle seconds for this request's page, or null when it must not pause: pausing off, or a plain
    /// HTTP page where cookies are Secure only (<see cref="Identity.StaffCookie.SecureOnly"/>: Production). A pause
    /// hands the page's state to the browser, antiforgery token included, and .NET refuses it when that token's cookie
    /// cannot be set; the page would drop its connection for nothing. Behind a TLS proxy the forwarded headers make
    /// the request HTTPS.</summary>
    public static int? SecondsFor(ChatOptions options, bool secureCookiesOnly, bool https) =>
        options.IdlePauseSeconds > 0 && (https || !secureCookiesOnly) ? options.IdlePauseSeconds : null;
}
