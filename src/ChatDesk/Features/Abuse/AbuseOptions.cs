using FluentValidation;

namespace ChatDesk.Features.Abuse;

/// <summary>Limits that keep one client (or a crowd) from using up the server. Counted per node.</summary>
public sealed class AbuseOptions
{
    public const string Section = "Abuse";

    /// <summary>Interactive windows (Blazor circuits) one client address may hold open at once.</summary>
    public int MaxCircuitsPerClient { get; set; } = 20;

    /// <summary>Interactive windows the whole node holds open at once.</summary>
    public int MaxCircuits { get; set; } = 2000;

    /// <summary>Requests to <c>/api/widget/{channel}</c> one client address may make per minute.</summary>
    public int WidgetPerMinute { get; set; } = 120;

    /// <summary>Requests to <c>/api/channels/{slug}/faq/suggestions</c> one client address may make per minute (a search box asks as
    /// the visitor types, so more than the widget).</summary>
    public int FaqSuggestPerMinute { get; set; } = 60;
}

public sealed class AbuseOptionsValidator : AbstractValidator<AbuseOptions>
{
    public AbuseOptionsValidator()
    {
        RuleFor(o => o.MaxCircuits).InclusiveBetween(1, 1_000_000);
        RuleFor(o => o.MaxCircuitsPerClient).InclusiveBetween(1, 1_000_000)
            .LessThanOrEqualTo(o => o.MaxCircuits).WithMessage("must not be more than Abuse:MaxCircuits");
        RuleFor(o => o.WidgetPerMinute).InclusiveBetween(1, 1_000_000);
        RuleFor(o => o.FaqSuggestPerMinute).InclusiveBetween(1, 1_000_000);
    }
}
