using System.Text.RegularExpressions;
using ChatDesk.Resources;
using FluentValidation;

namespace ChatDesk.Features.Channels;

/// <summary>
/// Checks a channel before it is saved, from the admin form or an imported configuration file.
/// Property paths ("PreChat.Message", "Hours.Days[1].Close") let a form put each error at its field.
/// Whether the slug is already taken needs the database, so the saving service checks that.
/// </summary>
public sealed partial class ChatChannelValidator : AbstractValidator<ChatChannel>
{
    public const int MaxText = 2000;
    /// <summary>Ten years; 0 (keep forever) is the way to keep data longer.</summary>
    public const int MaxRetentionDays = 3650;
    public static readonly string[] Languages = ["en", "sv"];

    public ChatChannelValidator()
    {
        ChannelFieldNames.Install();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Slug).NotEmpty().MaximumLength(50)
            .Matches(SlugPattern()).WithMessage(_ => ValidationText.Get("SlugPattern"));
        RuleFor(c => c.Language).Must(Languages.Contains).WithMessage(_ => ValidationText.Get("LanguageChoice"));
        RuleFor(c => c.BadgeText).MaximumLength(100);
        RuleFor(c => c.Description).MaximumLength(MaxText);
        RuleFor(c => c.QueueMessage).MaximumLength(500)
            .Must(OnlyKnownPlaceholders).WithMessage(_ => ValidationText.Get("QueuePlaceholders"));
        RuleFor(c => c.WelcomeMessage).MaximumLength(MaxText);
        RuleFor(c => c.AgentName).IsInEnum();
        RuleFor(c => c.Routing).IsInEnum();
        RuleFor(c => c.WarningMinutes).InclusiveBetween(1, 240);
        RuleFor(c => c.ManagerWarningMinutes).InclusiveBetween(1, 240)
            .GreaterThanOrEqualTo(c => c.WarningMinutes).WithMessage(_ => ValidationText.Get("ManagerWarningOrder"));
        RuleFor(c => c.IdleMinutes).InclusiveBetween(1, 1440);
        RuleFor(c => c.RetentionDays).InclusiveBetween(0, MaxRetentionDays);
        RuleFor(c => c.QueueFallbackMinutes).InclusiveBetween(1, 240).When(c => c.QueueFallbackMinutes is not null);
        RuleFor(c => c.QueueFallbackLength).InclusiveBetween(1, 1000).When(c => c.QueueFallbackLength is not null);
        RuleFor(c => c.AttachmentMaxMegabytes).InclusiveBetween(1, 100).When(c => c.AttachmentMaxMegabytes is not null);
        RuleFor(c => c.AttachmentMaxPerChat).InclusiveBetween(0, 1000).When(c => c.AttachmentMaxPerChat is not null);
        RuleFor(c => c.AttachmentTypes).MaximumLength(300)
            .Must(t => Attachments.AttachmentTypes.Unknown(t).Count == 0).WithMessage(_ => ValidationText.Get("AttachmentTypesKnown"));

        RuleFor(c => c.Look).NotNull().ChildRules(look =>
        {
            look.RuleFor(l => l.Color).Matches(ColorPattern()).WithMessage(_ => ValidationText.Get("ColorFormat"));
            look.RuleFor(l => l.Header).MaximumLength(100);
            look.RuleFor(l => l.Message).MaximumLength(500);
            look.RuleFor(l => l.LogoUrl).MaximumLength(1000)
                .Must(BeHttpUrl!).When(l => !string.IsNullOrEmpty(l.LogoUrl))
                .WithMessage(_ => ValidationText.Get("HttpAddress"));
        });
        RuleFor(c => c.Hours).NotNull().SetValidator(new OpeningHoursValidator());
        RuleFor(c => c.PreChat).NotNull().ChildRules(form =>
        {
            form.RuleFor(f => f.Message).MaximumLength(MaxText);
            form.RuleFor(f => f.ConsentText).MaximumLength(MaxText)
                .NotEmpty().When(f => f.RequiredFields.HasFlag(CustomerFields.Consent))
                .WithMessage(_ => ValidationText.Get("ConsentTextNeeded"));
            form.RuleFor(f => f.RequiredFields).Must(IncludeEmail)
                .WithMessage(_ => ValidationText.Get("ChatNeedsEmail"));
        });
        RuleFor(c => c.PostChat).NotNull().ChildRules(form =>
        {
            form.RuleFor(f => f.Header).MaximumLength(200);
            form.RuleFor(f => f.Message).MaximumLength(MaxText);
        });
        RuleFor(c => c.Offline).NotNull().ChildRules(form =>
        {
            form.RuleFor(f => f.Header).MaximumLength(200);
            form.RuleFor(f => f.Message).MaximumLength(MaxText);
            form.RuleFor(f => f.RequiredFields).Must(IncludeEmail)
                .WithMessage(_ => ValidationText.Get("TicketNeedsEmail"));
            form.RuleFor(f => f.TicketCategory).NotEmpty().MaximumLength(100);
            form.RuleFor(f => f.TicketPriority).IsInEnum();
        });
        RuleFor(c => c.Members)
            .Must(m => m.Select(x => x.UserId).Distinct().Count() == m.Count)
            .WithMessage(_ => ValidationText.Get("MemberTwice"));
        RuleForEach(c => c.Members).ChildRules(member => member.RuleFor(m => m.UserId).NotEmpty());
    }

    private static bool IncludeEmail(CustomerFields fields) => fields.HasFlag(CustomerFields.Email);

    // An uploaded logo lives on this server ("/media/images/..."); any other logo is an absolute web address.
    private static bool BeHttpUrl(string url) => Admin.Images.ImageStore.IsStoreUrl(url) ||
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");

    private static bool OnlyKnownPlaceholders(string text) =>
        PlaceholderPattern().Matches(text).All(m => m.Value is "{position}" or "{wait}");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderPattern();
}
