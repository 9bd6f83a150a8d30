using System.Globalization;
using System.Text;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Authorization;

namespace ChatDesk.Features.Supervision.Reports;

internal static class ReportEndpoints
{
    /// <summary>/supervisor/reports/{table}.csv?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;channel=ID&amp;tz=IANA zone.</summary>
    public static IEndpointRouteBuilder MapReportCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/supervisor/reports/{table}.csv", async (string table, string? from, string? to, string? channel, string? tz,
                HttpContext http, ReportService reports, CancellationToken ct) =>
            {
                if (!ReportTables.Names.Contains(table)) return Results.NotFound();
                var query = ReportQuery.Parse(from, to, channel, tz, out var problem);
                if (query is null) return Results.BadRequest(problem);
                // Column headings in English: a file is passed around and read by tools, not only by its downloader.
                var tables = await reports.TablesAsync(StaffActor.From(http.User), query, SupervisorText.For("en"), ct);
                var csv = CsvText.Write(tables.Single(t => t.Name == table));
                // With a byte order mark, so spreadsheet programs read å, ä and ö as UTF-8.
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
                var name = string.Create(CultureInfo.InvariantCulture, $"chatdesk-{table}-{query.From:yyyy-MM-dd}-to-{query.To:yyyy-MM-dd}.csv");
                return Results.File(bytes, "text/csv; charset=utf-8", name);
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = StaffRoles.SupervisorArea });
        return endpoints;
    }
}
