using FluentValidation;

namespace ChatDesk.Features.Tickets;

/// <summary>Limits on the public request form, so it cannot be used to flood the desk or to mail strangers.</summary>
public sealed class TicketLimitOptions
{
    public const string Section = "Abuse";

    /// <summary>Requests one client address (IPv6: its /64) may submit per hour; more are refused.</summary>
    public int TicketsPerClientPerHour { get; set; } = 10;

    /// <summary>Confirmation mails one recipient address gets per day; past it the request is still registered,
    /// without a confirmation.</summary>
    public int ConfirmationsPerRecipientPerDay { get; set; } = 3;

    /// <summary>Seconds from showing the request form to its submission below which it is taken for a bot; 0 turns
    /// the check off.</summary>
    public int TicketFormMinSeconds { get; set; } = 3;
}

public sealed class TicketLimitOptionsValidator : AbstractValidator<TicketLimitOptions>
{
    public TicketLimitOptionsValidator()
    {
        RuleFor(o => o.TicketsPerClientPerHour).InclusiveBetween(1, 100000);
        RuleFor(o => o.ConfirmationsPerRecipientPerDay).InclusiveBetween(1, 100000);
        // A person needs a few seconds; more than a minute would refuse quick typists.
        RuleFor(o => o.TicketFormMinSeconds).InclusiveBetween(0, 60);
    }
}
