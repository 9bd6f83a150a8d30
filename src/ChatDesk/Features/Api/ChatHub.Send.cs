using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Resources;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Api;

// Sending on the open connection: the same rules as POST /api/v1/chat/messages (client id, length, blank text, the
// chat's send limit, only while the chat is live), through the same service, without a request per message.
internal sealed partial class ChatHub
{
    /// <summary>Customer only: sends a message to the connection's own chat. A resend with the same client id is
    /// stored once. Never throws for bad input: the answer carries the refusal's code and its localized text.</summary>
    public async Task<HubSendResult> Send(Guid clientId, string? text)
    {
        if (!Context.Items.TryGetValue(typeof(ChatSession), out var held) || held is not ChatSession session)
            return await RefusedAsync(null, clientId, "NotACustomer", (api, _) => api["NotACustomer"]);
        var message = text ?? "";
        CustomerSend? sent = clientId == Guid.Empty || message.Length > ChatText.MaxMessageLength
            ? null : await flow.SendAsync(session, message, clientId, Context.ConnectionAborted);
        if (sent?.Outcome == ComposerOutcome.Accepted) return new HubSendResult(clientId);
        // Only a refusal reads the channel (for its language), as over HTTP.
        if (clientId == Guid.Empty) return await RefusedAsync(session, clientId, "InvalidInput", (api, _) => api["ClientIdRequired"]);
        if (sent is not { } refused)
            return await RefusedAsync(session, clientId, "InvalidInput", (_, t) => t.Format("TooLong", t["Message"], ChatText.MaxMessageLength));
        return refused.Outcome switch
        {
            ComposerOutcome.Ended => await RefusedAsync(session, clientId, "NotActive", (api, _) => api["NotActive"]),
            _ when refused.ProblemKey == "TooFast" => await RefusedAsync(session, clientId, "TooFast", (_, t) => t["TooFast"]),
            _ => await RefusedAsync(session, clientId, "InvalidInput", (_, t) => t[refused.ProblemKey ?? "MessageEmpty"]),
        };
    }

    private static readonly object LanguageKey = new();

    // The channel is read once per connection, at its first refusal: a client sending bad input in a loop (which no
    // per-address limit meets on an open connection) costs one read, not one per call.
    private async Task<HubSendResult> RefusedAsync(ChatSession? session, Guid clientId, string code, Func<ApiText, CustomerText, string> text)
    {
        if (Context.Items.TryGetValue(LanguageKey, out var known) && known is string language)
            return new HubSendResult(clientId, code, text(ApiText.For(language), CustomerText.For(language)));
        var channel = session is null ? null : await directory.FindByIdAsync(session.ChannelId, Context.ConnectionAborted);
        var request = Context.GetHttpContext()?.Request;
        language = request is null ? channel?.Language ?? "en" : ApiProblems.Language(request, channel?.Language);
        Context.Items[LanguageKey] = language;
        return new HubSendResult(clientId, code, text(ApiText.For(language), CustomerText.For(language)));
    }
}
