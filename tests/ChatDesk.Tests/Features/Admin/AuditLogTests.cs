using ChatDesk.Features.Admin;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Admin;

public sealed class AuditLogTests : IDisposable
{
    private static readonly StaffActor Admin = new("a1", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });
    private static readonly StaffActor Supervisor = new("s1", "Erik Sandberg", new HashSet<string> { StaffRoles.Supervisor });

    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero));
    private readonly AuditLog log;

    public AuditLogTests() => log = new AuditLog(database, time);

    [Fact]
    public async Task RecordsWhoWhenAndWhatNewestFirst()
    {
        await log.RecordAsync(Admin, "channel", "created", "channel shop", "", default);
        time.Advance(TimeSpan.FromMinutes(1));
        await log.RecordAsync(Admin, "faq", "updated", "article 7", "Title: Old → New", default);

        var entries = await log.LatestAsync(Admin, area: null, take: 10, default);

        Assert.Equal(["article 7", "channel shop"], entries.Select(e => e.Subject));
        var newest = entries[0];
        Assert.Equal(("a1", "Maja Lindberg", "faq", "updated", "Title: Old → New"), (newest.ActorUserId, newest.ActorName, newest.Area, newest.Action, newest.Details));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 31, 0, TimeSpan.Zero), newest.At);
    }

    [Fact]
    public async Task FiltersByArea()
    {
        await log.RecordAsync(Admin, "channel", "created", "channel shop", "", default);
        await log.RecordAsync(Admin, "staff", "disabled", "user oskar", "", default);

        var entries = await log.LatestAsync(Admin, "staff", 10, default);

        Assert.Equal(["user oskar"], entries.Select(e => e.Subject));
    }

    [Fact]
    public async Task OnlyAdminsMayReadIt() =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => log.LatestAsync(Supervisor, null, 10, default));

    [Fact]
    public async Task ClipsOverlongDetailsInsteadOfFailingTheChange()
    {
        await log.RecordAsync(Admin, "faq", "updated", "article 7", new string('x', AuditLog.MaxDetails + 500), default);

        var entry = Assert.Single(await log.LatestAsync(Admin, null, 10, default));

        Assert.Equal(AuditLog.MaxDetails, entry.Details.Length);
        Assert.EndsWith("…", entry.Details);
    }

    public void Dispose() => database.Dispose();
}
