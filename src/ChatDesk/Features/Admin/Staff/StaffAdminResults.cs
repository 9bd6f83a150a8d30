using FluentValidation.Results;

namespace ChatDesk.Features.Admin.Staff;

public sealed record StaffListItem(
    string Id, string UserName, string Email, string DisplayName, string? Nickname,
    IReadOnlyList<string> Roles, int Capacity, string Language, bool Disabled, string? PhotoUrl = null)
{
    public StaffUserForm ToForm() => new()
    {
        UserName = UserName, Email = Email, DisplayName = DisplayName, Nickname = Nickname,
        Roles = [.. Roles], Capacity = Capacity, Language = Language, Disabled = Disabled,
    };
}

/// <summary>Errors carry the form's property names ("Capacity", "Password") so the form shows each at its field.</summary>
public sealed record StaffResult(IReadOnlyList<ValidationFailure> Errors, string? UserId = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static StaffResult Ok(string userId) => new([], userId);

    public static StaffResult Fail(string property, string message) => new([new ValidationFailure(property, message)]);
}

/// <summary>A password reset: the generated password (shown to the admin once) or the errors of the one they typed.</summary>
public sealed record PasswordResetResult(IReadOnlyList<ValidationFailure> Errors, string? GeneratedPassword = null)
{
    public bool Succeeded => Errors.Count == 0;
}
