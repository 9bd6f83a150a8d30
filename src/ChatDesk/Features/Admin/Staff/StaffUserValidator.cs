using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Admin.Staff;

/// <summary>
/// Checks a staff user from the admin form or an imported configuration file. Whether the user name is taken
/// needs the database, so the saving service checks that. A new user from the form needs an initial password
/// meeting the Identity policy; the file carries none (imported users get theirs from an admin).
/// </summary>
public sealed class StaffUserValidator : AbstractValidator<StaffUserForm>
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 20;
    public static readonly string[] Languages = ["en", "sv"];

    public StaffUserValidator(bool requirePassword = false, PasswordOptions? policy = null)
    {
        RuleFor(u => u.UserName).NotEmpty().MaximumLength(100)
            .Must(name => name.All(c => AllowedUserNameCharacters.Contains(c)))
            .WithMessage(_ => ValidationText.Get("UserNameCharacters"));
        RuleFor(u => u.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(u => u.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(u => u.Nickname).MaximumLength(100);
        RuleFor(u => u.Roles).NotEmpty().WithMessage(_ => ValidationText.Get("RoleNeeded"))
            .Must(roles => roles.All(StaffRoles.All.Contains))
            .WithMessage(_ => ValidationText.Get("RoleUnknown").Replace("{Roles}", string.Join(", ", StaffRoles.All), StringComparison.Ordinal))
            .Must(roles => roles.Distinct().Count() == roles.Count)
            .WithMessage(_ => ValidationText.Get("RoleTwice"));
        RuleFor(u => u.Capacity).InclusiveBetween(MinCapacity, MaxCapacity);
        RuleFor(u => u.Language).Must(Languages.Contains).WithMessage(_ => ValidationText.Get("LanguageChoice"));
        if (requirePassword)
            RuleFor(u => u.Password).Cascade(CascadeMode.Stop).NotEmpty()
                .Custom((password, context) =>
                {
                    foreach (var problem in StaffPasswords.Problems(password!, policy ?? new PasswordOptions()))
                        context.AddFailure(problem);
                });
    }

    // Identity's default UserOptions.AllowedUserNameCharacters.
    private const string AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
}
