using ChatDesk.Features.Abuse;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.Abuse;

internal sealed class FixedAbuseOptions(AbuseOptions value) : IOptionsMonitor<AbuseOptions>
{
    public AbuseOptions CurrentValue => value;
    public AbuseOptions Get(string? name) => value;
    public IDisposable? OnChange(Action<AbuseOptions, string?> listener) => null;
}
