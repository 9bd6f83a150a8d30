using FluentValidation;

namespace ChatDesk.Features.Identity;

/// <summary>How long a staff session lives without the user doing anything (<c>Identity:IdleMinutes</c>).</summary>
public sealed class StaffSessionOptions
{
    public const string Section = "Identity";

    /// <summary>Minutes without a click, key press or page load after which a staff session ends: the sign-in
    /// cookie slides by this much and an open page with no interaction is signed out after it.</summary>
    public int IdleMinutes { get; set; } = 60;

    public TimeSpan IdleLimit => TimeSpan.FromMinutes(IdleMinutes);
}

public sealed class StaffSessionOptionsValidator : AbstractValidator<StaffSessionOptions>
{
    public StaffSessionOptionsValidator() => RuleFor(o => o.IdleMinutes).InclusiveBetween(1, 24 * 60);
}

/// <summary>Sign-in attempts allowed per client address and minute (<c>Abuse:LoginPerMinute</c>).</summary>
public sealed class LoginLimitOptions
{
    public const string Section = "Abuse";

    public int LoginPerMinute { get; set; } = 10;
}

public sealed class LoginLimitOptionsValidator : AbstractValidator<LoginLimitOptions>
{
    public LoginLimitOptionsValidator() => RuleFor(o => o.LoginPerMinute).InclusiveBetween(1, 100_000);
}
