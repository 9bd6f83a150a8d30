using FluentValidation;

namespace ChatDesk.Data.Seeding;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed demo channels, FAQ, templates and staff (with the published <see cref="Password"/>) when the
    /// database is empty. Unset, it is on in Development only (<see cref="DemoServiceCollectionExtensions"/>), so a
    /// Production start never creates an account with a known password.</summary>
    public bool Seed { get; set; }
    public string Password { get; set; } = "ChatDesk-demo-1";
    /// <summary>With the demo, also seed four weeks of ended chats (<see cref="DemoHistory"/>) for the charts and reports.</summary>
    public bool History { get; set; } = true;
}

public sealed class DemoOptionsValidator : AbstractValidator<DemoOptions>
{
    public DemoOptionsValidator()
    {
        // Identity's default policy: 6+ characters with upper, lower, digit and symbol; ask for 8.
        RuleFor(o => o.Password).NotEmpty().MinimumLength(8)
            .Matches("[A-Z]").Matches("[a-z]").Matches("[0-9]").Matches("[^A-Za-z0-9]")
            .When(o => o.Seed)
            .WithMessage("must be at least 8 characters with an upper-case letter, a lower-case letter, a digit and a symbol");
    }
}
