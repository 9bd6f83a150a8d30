using ChatDesk.Hosting;

namespace ChatDesk.Features.Email;

/// <summary>Tells the outbox sender that mail is waiting, so a new mail goes out at once instead of on the next poll.</summary>
public sealed class OutboxSignal : WakeSignal;
