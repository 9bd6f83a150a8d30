using FluentValidation;

namespace ChatDesk.Features.Webhooks;

public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Tries before a delivery that keeps failing (receiver down, 5xx, timeout) is marked failed.</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long one POST may take before it counts as a failed try.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Allow loopback, private and link-local targets in Production (always allowed elsewhere).</summary>
    public bool AllowPrivateTargets { get; set; }
}

public sealed class WebhookOptionsValidator : AbstractValidator<WebhookOptions>
{
    public WebhookOptionsValidator()
    {
        RuleFor(o => o.MaxAttempts).InclusiveBetween(1, 100);
        RuleFor(o => o.TimeoutSeconds).InclusiveBetween(1, 120);
    }
}
