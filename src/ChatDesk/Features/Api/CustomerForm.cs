using ChatDesk.Features.Channels;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Resources;

namespace ChatDesk.Features.Api;

/// <summary>The pre-chat and request forms' checks for a JSON body: the same field rules
/// (<see cref="PreChatInput.Validate"/>) and the same e-mail check (syntax, then the domain) with the same words.</summary>
internal sealed class CustomerForm(CustomerEmailCheck emailCheck)
{
    /// <returns>The errors per field (camelCase, as in the body), and the e-mail address to store.</returns>
    public async Task<(Dictionary<string, string[]> Errors, string Email)> CheckAsync(
        PreChatInput input, CustomerFields required, CustomerText text, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var field in PreChatInput.Fields)
        {
            if (input.Validate(field, required, text) is { } error) errors[MessageItem.Camel(field)] = [error];
        }
        var email = input.Email.Trim();
        // As the form: the domain is asked only about an address whose syntax passed, and an empty optional one is not.
        if (!errors.ContainsKey("email") && email.Length > 0)
        {
            var check = await emailCheck.CheckAsync(input.Email, ct);
            if (EmailCheckText.Describe(check, text) is { } refused) errors["email"] = [refused];
            else if (check.Normalized is { } normalized) email = normalized;
        }
        return (errors, email);
    }

    public static PreChatInput Input(string? name, string? email, string? company, string? phone, string? country,
        bool consent, string? question) => new()
    {
        Name = name ?? "", Email = email ?? "", Company = company ?? "", Phone = phone ?? "", Country = country ?? "",
        Consent = consent, Question = question ?? "",
    };

    /// <summary>A time zone the server knows, else none (the transcript then uses the channel's).</summary>
    public static string? TimeZone(string? id) =>
        id is { Length: > 0 and <= 100 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;
}
