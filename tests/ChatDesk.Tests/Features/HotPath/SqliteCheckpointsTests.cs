using ChatDesk.Data;
using Microsoft.Data.Sqlite;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: with SQLite's own checkpoints off on the app's connections, the background checkpoint is what
/// copies committed pages from the write-ahead log into the database file.</summary>
public sealed class SqliteCheckpointsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatdesk-checkpoint-").FullName;

    [Fact]
    public void TheCheckpointCopiesTheLogIntoTheDatabaseFile()
    {
        var file = Path.Combine(folder, "chat.db");
        var connection = $"Data Source={file};Pooling=False";
        using var writer = new SqliteConnection(connection);
        writer.Open();
        Run(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE T (Text TEXT);");
        for (var i = 0; i < 200; i++) Run(writer, $"INSERT INTO T VALUES ('{new string('x', 500)}');");
        var before = new FileInfo(file).Length;

        SqliteCheckpoints.Checkpoint(connection);

        Assert.True(new FileInfo(file).Length > before + 50_000, $"database file {before} bytes before, {new FileInfo(file).Length} after");
        using var reader = new SqliteConnection(connection);
        reader.Open();
        using var count = reader.CreateCommand();
        count.CommandText = "SELECT count(*) FROM T";
        Assert.Equal(200L, (long)count.ExecuteScalar()!);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
