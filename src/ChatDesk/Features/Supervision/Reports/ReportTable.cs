namespace ChatDesk.Features.Supervision.Reports;

/// <summary>How a column's values are written: the page formats them for people, the CSV for spreadsheets.</summary>
public enum ReportValueKind { Text, Count, Duration, Rating }

/// <param name="Header">The column heading in the report's language.</param>
public sealed record ReportColumn(string Header, ReportValueKind Kind);

/// <summary>One report table; the page and its CSV download are both made from it, so they always agree.</summary>
/// <param name="Name">The name in the CSV link, e.g. "hours" in /supervisor/reports/hours.csv.</param>
/// <param name="Rows">Cells by column kind: string (Text), int (Count), TimeSpan? (Duration), double? (Rating).</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
