using ChatDesk.Hosting;

namespace ChatDesk.Features.Webhooks;

/// <summary>Tells the sender that deliveries are waiting, so they go out at once instead of on the next poll.</summary>
public sealed class WebhookSignal : WakeSignal;
