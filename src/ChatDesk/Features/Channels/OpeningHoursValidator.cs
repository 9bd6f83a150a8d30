using ChatDesk.Resources;
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
            .NotEmpty().WithMessage(_ => ValidationText.Get("TimeZoneNeeded"))
            .Must(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage(h => ValidationText.Get("TimeZoneUnknown").Replace("{TimeZoneId}", h.TimeZoneId, StringComparison.Ordinal));

        RuleForEach(h => h.Days)
            .NotNull().WithMessage(_ => ValidationText.Get("DayMissing"))
            .ChildRules(day =>
            {
                day.RuleFor(d => d.Day).IsInEnum().WithMessage(_ => ValidationText.Get("DayOfWeek"));
                // 23:59 means "until midnight" (see OpeningHoursSchedule), so compare with the effective close.
                day.RuleFor(d => d.Close)
                    .Must((d, _) => OpeningHoursSchedule.ClosesAfterMidnight(d) > d.Open.ToTimeSpan())
                    .WithMessage(_ => ValidationText.Get("CloseAfterOpen"));
            })
            // Only the repeat is reported, so the first entry for a weekday stays unflagged.
            .Must((hours, day) => day is null || hours.Days.First(d => d?.Day == day.Day) == day)
            .WithMessage((_, day) => ValidationText.Get("DayRepeated").Replace("{Day}", day.Day.ToString(), StringComparison.Ordinal));

        RuleFor(h => h.LunchEnd)
            .NotNull().When(h => h.LunchStart is not null)
            .WithMessage(_ => ValidationText.Get("LunchEndNeeded"));
        RuleFor(h => h.LunchStart)
            .NotNull().When(h => h.LunchEnd is not null)
            .WithMessage(_ => ValidationText.Get("LunchStartNeeded"));
        RuleFor(h => h.LunchEnd)
            .Must((h, end) => h.LunchStart < end)
            .When(h => h.LunchStart is not null && h.LunchEnd is not null)
            .WithMessage(_ => ValidationText.Get("LunchOrder"));
    }
}
