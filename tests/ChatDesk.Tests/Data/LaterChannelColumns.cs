using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Data;

/// <summary>Channel columns added by migrations after the one a data-migration test stops at: the test adds them for
/// a moment so today's model can insert its channel, then drops them so the later migrations can add them for real.</summary>
internal static class LaterChannelColumns
{
    private static readonly (string Name, string Type)[] Columns =
    [
        ("RetentionDays", "INTEGER NOT NULL DEFAULT 365"),
        ("BotFirst", "INTEGER NOT NULL DEFAULT 0"),
        ("AttachmentMaxMegabytes", "INTEGER NULL"),
        ("AttachmentMaxPerChat", "INTEGER NULL"),
        ("AttachmentTypes", "TEXT NULL"),
    ];

    public static async Task AddAsync(ChatDeskDbContext db)
    {
        foreach (var statement in Columns.Select(c => $"ALTER TABLE Channels ADD COLUMN {c.Name} {c.Type}"))
            await db.Database.ExecuteSqlRawAsync(statement);
    }

    public static async Task DropAsync(ChatDeskDbContext db)
    {
        foreach (var statement in Columns.Select(c => $"ALTER TABLE Channels DROP COLUMN {c.Name}"))
            await db.Database.ExecuteSqlRawAsync(statement);
    }
}
