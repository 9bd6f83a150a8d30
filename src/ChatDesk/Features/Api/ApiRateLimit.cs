using ChatDesk.Features.Abuse;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Api;

/// <summary>Limits of the public API (section <c>Api</c>), counted per client address as the other public endpoints.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests to the customer routes (<c>/api/v1/channels/…</c>, <c>/api/v1/chat/…</c>) per client address and minute.</summary>
    public int CustomerPerMinute { get; set; } = 120;

    /// <summary>Requests to the staff routes (<c>/api/v1/staff/…</c>) per client address and minute.</summary>
    public int StaffPerMinute { get; set; } = 600;
}

public sealed class ApiOptionsValidator : AbstractValidator<ApiOptions>
{
    public ApiOptionsValidator()
    {
        RuleFor(o => o.CustomerPerMinute).InclusiveBetween(1, 1_000_000);
        RuleFor(o => o.StaffPerMinute).InclusiveBetween(1, 1_000_000);
    }
}

/// <summary>The fixed window per client address of <see cref="PublicApiRateLimit"/>, at the API's own limits.</summary>
internal abstract class ApiRateLimit(IOptionsMonitor<AbuseOptions> abuse) : PublicApiRateLimit(abuse)
{
    public const string CustomerName = "api-customer";
    public const string StaffName = "api-staff";
}

internal sealed class CustomerApiRateLimit(IOptionsMonitor<AbuseOptions> abuse, IOptionsMonitor<ApiOptions> api) : ApiRateLimit(abuse)
{
    protected override int PerMinute(AbuseOptions options) => api.CurrentValue.CustomerPerMinute;
}

internal sealed class StaffApiRateLimit(IOptionsMonitor<AbuseOptions> abuse, IOptionsMonitor<ApiOptions> api) : ApiRateLimit(abuse)
{
    protected override int PerMinute(AbuseOptions options) => api.CurrentValue.StaffPerMinute;
}
