using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using ChatDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChatDesk.Features.Privacy;

/// <summary>
/// Replaces every occurrence of an address in every text column of every table the model maps (so a table
/// added later is covered without touching this): a customer who typed it into someone else's chat, a
/// page address with it in the query string, an audit line naming it. Staff accounts (the Identity tables)
/// are left alone: a staff member's address is changed on /admin/staff.
/// </summary>
internal static class AddressScrubber
{
    public const string Replacement = "[erased]";

    public static bool IsStaffTable(string table) => table.StartsWith("AspNet", StringComparison.Ordinal);

    /// <summary>Returns how many values changed. Runs in the caller's transaction.</summary>
    public static async Task<int> ScrubAsync(ChatDeskDbContext db, PersonalAddress address, CancellationToken ct)
    {
        var needles = Needles(address);
        var pattern = new Regex(string.Join('|', needles.Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The physical row address: SQLite's rowid, PostgreSQL's ctid (stable inside this transaction).
        var sql = db.Database.IsNpgsql() ? new Dialect("ctid::text", "ctid = CAST(@row AS tid)", "strpos")
            : new Dialect("rowid", "rowid = @row", "instr");
        var changed = 0;
        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => !IsStaffTable(t.Name)))
            foreach (var column in table.Columns.Where(c => c.ProviderClrType == typeof(string)))
            {
                var hits = await FindAsync(connection, transaction, sql, table.Name, column.Name, needles, ct);
                foreach (var (rowId, value) in hits)
                    changed += await UpdateAsync(connection, transaction, sql, table.Name, column.Name, rowId,
                        pattern.Replace(value, Replacement), ct);
            }
        return changed;
    }

    /// <summary>The address as stored, HTML-encoded (a mail body) and URL-encoded (a page address).</summary>
    public static IReadOnlyList<string> Needles(PersonalAddress address) => address.Forms
        .SelectMany(f => new[] { f, HtmlEncoder.Default.Encode(f), Uri.EscapeDataString(f) })
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private sealed record Dialect(string RowId, string ThisRow, string Find);

    private static async Task<List<(object RowId, string Value)>> FindAsync(DbConnection connection, DbTransaction? transaction,
        Dialect sql, string table, string column, IReadOnlyList<string> needles, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var conditions = needles.Select((_, i) => $"{sql.Find}(lower(\"{column}\"), @p{i}) > 0");
        command.CommandText = $"SELECT {sql.RowId}, \"{column}\" FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}";
        for (var i = 0; i < needles.Count; i++) AddParameter(command, $"@p{i}", needles[i].ToLowerInvariant());
        var hits = new List<(object, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) hits.Add((reader.GetValue(0), reader.GetString(1)));
        return hits;
    }

    private static async Task<int> UpdateAsync(DbConnection connection, DbTransaction? transaction, Dialect sql, string table,
        string column, object rowId, string value, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = @value WHERE {sql.ThisRow}";
        AddParameter(command, "@value", value);
        AddParameter(command, "@row", rowId);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
