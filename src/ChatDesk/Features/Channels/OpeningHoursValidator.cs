using FluentValidation;

namespace ChatDesk.Features.Channels;

/// <summary>
/// Checks an <see cref="OpeningHours"/> before it is saved. Each message starts with the property path
/// (e.g. "Days[1].Close must be after Open"), so the list reads well on its own in a log or an admin form.
/// </summary>
public sealed class OpeningHoursValidator : AbstractValidator<OpeningHours>
{
    public OpeningHoursValidator()
    {
        RuleFor(h => h.TimeZoneId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("{PropertyPath} must be an IANA time zone id such as 'Europe/Stockholm'")
            .Must(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage(h => $"TimeZoneId '{h.TimeZoneId}' is not a known time zone");

        RuleForEach(h => h.Days)
            .NotNull().WithMessage("{PropertyPath} must not be empty")
            .ChildRules(day =>
            {
                day.RuleFor(d => d.Day).IsInEnum().WithMessage("{PropertyPath} must be a day of the week");
                // 23:59 means "until midnight" (see OpeningHoursSchedule), so compare with the effective close.
                day.RuleFor(d => d.Close)
                    .Must((d, _) => OpeningHoursSchedule.ClosesAfterMidnight(d) > d.Open.ToTimeSpan())
                    .WithMessage("{PropertyPath} must be after Open (use 23:59 for midnight)");
            })
            // Only the repeat is reported, so the first entry for a weekday stays unflagged.
            .Must((hours, day) => day is null || hours.Days.First(d => d?.Day == day.Day) == day)
            .WithMessage((_, day) => $"{{PropertyPath}} repeats {day.Day}; each weekday may appear only once");

        RuleFor(h => h.LunchEnd)
            .NotNull().When(h => h.LunchStart is not null)
            .WithMessage("{PropertyPath} must be set when LunchStart is");
        RuleFor(h => h.LunchStart)
            .NotNull().When(h => h.LunchEnd is not null)
            .WithMessage("{PropertyPath} must be set when LunchEnd is");
        RuleFor(h => h.LunchEnd)
            .Must((h, end) => h.LunchStart < end)
            .When(h => h.LunchStart is not null && h.LunchEnd is not null)
            .WithMessage("{PropertyPath} must be after LunchStart");
    }
}
