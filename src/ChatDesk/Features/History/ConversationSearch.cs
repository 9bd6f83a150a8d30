using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.History;

/// <summary>Finds earlier chats by customer name, e-mail, a word said in the chat (or in an internal note) and the
/// day it started, within the channels the actor may read (<see cref="ReadableChannels"/>); newest first, a page at
/// a time. Case is ignored in every alphabet: GLOB with both cases of each letter on SQLite, LIKE over lower() elsewhere
/// (<see cref="CaseFreePattern"/>).</summary>
public sealed class ConversationSearch(IDbContextFactory<ChatDeskDbContext> contexts)
{
    public const int PageSize = 20;
    public const int MaxTermLength = 200;

    public static SearchProblem Check(ConversationQuery query) =>
        query.From is { } from && query.To is { } to && from > to ? SearchProblem.DatesReversed
        : new[] { query.Customer, query.Email, query.Text }.Any(t => t?.Trim().Length > MaxTermLength) ? SearchProblem.TooLong
        : SearchProblem.None;

    /// <param name="zone">The viewer's time zone: the days of the query are their days.</param>
    public async Task<ConversationPage> SearchAsync(StaffActor actor, ConversationQuery query, TimeZoneInfo zone, CancellationToken ct)
    {
        if (Check(query) != SearchProblem.None) return ConversationPage.Empty;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var readable = await ReadableChannels.ForAsync(db, actor, ct);
        if (readable is { Count: 0 }) return ConversationPage.Empty;
        var chats = db.Sessions.AsNoTracking().Where(s => s.RequestedAt != null);
        if (readable is not null) chats = chats.Where(s => readable.Contains(s.ChannelId));
        chats = db.Database.IsSqlite() ? MatchingGlob(db, chats, query) : MatchingLike(db, chats, query);
        if (query.From is { } from) { var start = StartOf(from, zone); chats = chats.Where(s => s.RequestedAt >= start); }
        if (query.To is { } to) { var end = StartOf(to.AddDays(1), zone); chats = chats.Where(s => s.RequestedAt < end); }
        var page = Math.Max(0, query.Page);
        var rows = await chats.OrderByDescending(s => s.RequestedAt).ThenByDescending(s => s.Id)
            .Skip(page * PageSize).Take(PageSize + 1)
            .Select(s => new ConversationHit(s.Id, s.Channel!.Name, s.Customer.Name, s.Customer.Email, s.Status, s.AgentDisplayName, s.RequestedAt!.Value))
            .ToListAsync(ct);
        return new ConversationPage(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    private const string Escape = "\\";

    // The same three filters twice, once per matching operator (CaseFreePattern says why): EF needs the operator
    // in the expression itself.
    private static IQueryable<ChatSession> MatchingLike(ChatDeskDbContext db, IQueryable<ChatSession> chats, ConversationQuery query)
    {
        if (CaseFreePattern.Like(query.Customer) is { } name) chats = chats.Where(s => EF.Functions.Like(s.Customer.Name.ToLower(), name, Escape));
        if (CaseFreePattern.Like(query.Email) is { } email) chats = chats.Where(s => EF.Functions.Like(s.Customer.Email.ToLower(), email, Escape));
        if (CaseFreePattern.Like(query.Text) is { } text)
            chats = chats.Where(s => db.Messages.Any(m => m.SessionId == s.Id && EF.Functions.Like(m.Text.ToLower(), text, Escape))
                || db.ChatNotes.Any(n => n.SessionId == s.Id && EF.Functions.Like(n.Text.ToLower(), text, Escape)));
        return chats;
    }

    private static IQueryable<ChatSession> MatchingGlob(ChatDeskDbContext db, IQueryable<ChatSession> chats, ConversationQuery query)
    {
        if (CaseFreePattern.Glob(query.Customer) is { } name) chats = chats.Where(s => EF.Functions.Glob(s.Customer.Name, name));
        if (CaseFreePattern.Glob(query.Email) is { } email) chats = chats.Where(s => EF.Functions.Glob(s.Customer.Email, email));
        if (CaseFreePattern.Glob(query.Text) is { } text)
            chats = chats.Where(s => db.Messages.Any(m => m.SessionId == s.Id && EF.Functions.Glob(m.Text, text))
                || db.ChatNotes.Any(n => n.SessionId == s.Id && EF.Functions.Glob(n.Text, text)));
        return chats;
    }

    /// <summary>Midnight of <paramref name="day"/> in <paramref name="zone"/>, as a UTC instant.</summary>
    internal static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A midnight skipped by a daylight-saving change starts the day an hour later.
        while (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
