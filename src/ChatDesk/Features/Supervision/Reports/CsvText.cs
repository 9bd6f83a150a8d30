using System.Globalization;
using System.Text;

namespace ChatDesk.Features.Supervision.Reports;

/// <summary>RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted and its quotes doubled.</summary>
public static class CsvText
{
    /// <summary>Characters that make a spreadsheet read a cell as a formula ("CSV injection"). A text cell
    /// that starts with one gets a leading apostrophe, so a customer's name like "=HYPERLINK(...)"
    /// stays text when a supervisor opens the file.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Write(ReportTable table)
    {
        var csv = new StringBuilder();
        AppendLine(csv, table.Columns.Select(c => Escape(Neutralize(Header(c)))));
        foreach (var row in table.Rows)
            AppendLine(csv, row.Select((value, i) => Escape(Cell(value, table.Columns[i].Kind))));
        return csv.ToString();
    }

    /// <summary>Durations are whole seconds in the file, so the heading says so.</summary>
    private static string Header(ReportColumn column) => column.Kind == ReportValueKind.Duration ? column.Header + " (s)" : column.Header;

    private static string Cell(object? value, ReportValueKind kind) => (kind, value) switch
    {
        (_, null) => "",
        (ReportValueKind.Count, int count) => count.ToString(CultureInfo.InvariantCulture),
        (ReportValueKind.Duration, TimeSpan span) => ((long)Math.Round(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        (ReportValueKind.Rating, double rating) => rating.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Neutralize(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    public static string Neutralize(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields)).Append("\r\n");
}
