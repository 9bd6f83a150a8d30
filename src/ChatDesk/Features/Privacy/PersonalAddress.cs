using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Features.Tickets;

namespace ChatDesk.Features.Privacy;

/// <summary>The e-mail address a privacy request is about, in every form it may be stored in, lower-case:
/// as typed and as the forms store it (the domain in punycode). Matching lower-cases the stored value with
/// SQLite's lower(), which folds ASCII letters only.</summary>
public sealed class PersonalAddress
{
    private PersonalAddress(IReadOnlyList<string> forms) => Forms = forms;

    public IReadOnlyList<string> Forms { get; }

    /// <summary>Null when <paramref name="input"/> is not an e-mail address.</summary>
    public static PersonalAddress? Parse(string? input)
    {
        var check = EmailSyntax.Check(input);
        if (!check.IsValid) return null;
        return new PersonalAddress(new[] { input!.Trim(), check.Normalized! }
            .Select(a => a.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList());
    }

    public IQueryable<ChatSession> Sessions(ChatDeskDbContext db) =>
        db.Sessions.Where(s => Forms.Contains(s.Customer.Email.ToLower()));

    public IQueryable<Ticket> Tickets(ChatDeskDbContext db) =>
        db.Tickets.Where(t => Forms.Contains(t.Customer.Email.ToLower()));

    public IQueryable<OutboxMail> Mails(ChatDeskDbContext db) =>
        db.Outbox.Where(m => Forms.Contains(m.To.ToLower()));
}
