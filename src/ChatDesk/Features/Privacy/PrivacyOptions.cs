using FluentValidation;

namespace ChatDesk.Features.Privacy;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Hours between two retention passes; the first runs a minute after start.</summary>
    public int RetentionIntervalHours { get; set; } = 24;
}

public sealed class PrivacyOptionsValidator : AbstractValidator<PrivacyOptions>
{
    public PrivacyOptionsValidator() => RuleFor(o => o.RetentionIntervalHours).InclusiveBetween(1, 168);
}
