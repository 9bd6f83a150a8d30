using FluentValidation;

namespace ChatDesk.Features.Agents;

public sealed class AgentOptions
{
    public const string Section = "Agents";

    /// <summary>How long an agent stays present after their last workspace tab lost its connection.</summary>
    public int PresenceGraceSeconds { get; set; } = 60;
}

public sealed class AgentOptionsValidator : AbstractValidator<AgentOptions>
{
    public AgentOptionsValidator() => RuleFor(o => o.PresenceGraceSeconds).InclusiveBetween(0, 3600);
}
