namespace ChatDesk.Features.Attachments;

/// <summary>The file types attachments may have: each extension with the kind its bytes must sniff as and the content
/// type it is served with. A channel allows a subset (<see cref="AttachmentLimits.AllowedTypes"/>).</summary>
public static class AttachmentTypes
{
    public sealed record FileType(string Extension, SniffedKind Kind, string ContentType);

    private const string OpenXml = "application/vnd.openxmlformats-officedocument.";
    private const string OpenDocument = "application/vnd.oasis.opendocument.";

    public static readonly IReadOnlyDictionary<string, FileType> Known = new FileType[]
    {
        new("png", SniffedKind.Png, "image/png"),
        new("jpg", SniffedKind.Jpeg, "image/jpeg"),
        new("jpeg", SniffedKind.Jpeg, "image/jpeg"),
        new("gif", SniffedKind.Gif, "image/gif"),
        new("webp", SniffedKind.Webp, "image/webp"),
        new("pdf", SniffedKind.Pdf, "application/pdf"),
        new("txt", SniffedKind.Text, "text/plain; charset=utf-8"),
        new("csv", SniffedKind.Text, "text/csv; charset=utf-8"),
        new("log", SniffedKind.Text, "text/plain; charset=utf-8"),
        new("docx", SniffedKind.Zip, OpenXml + "wordprocessingml.document"),
        new("xlsx", SniffedKind.Zip, OpenXml + "spreadsheetml.sheet"),
        new("pptx", SniffedKind.Zip, OpenXml + "presentationml.presentation"),
        new("odt", SniffedKind.Zip, OpenDocument + "text"),
        new("ods", SniffedKind.Zip, OpenDocument + "spreadsheet"),
        new("odp", SniffedKind.Zip, OpenDocument + "presentation"),
        new("doc", SniffedKind.Ole, "application/msword"),
        new("xls", SniffedKind.Ole, "application/vnd.ms-excel"),
        new("ppt", SniffedKind.Ole, "application/vnd.ms-powerpoint"),
    }.ToDictionary(t => t.Extension);

    /// <summary>The default of Attachments:AllowedTypes: every known type.</summary>
    public static readonly string Default = string.Join(",", Known.Keys);

    /// <summary>A comma- or space-separated list as lower-case extensions without dots; unknown ones dropped.</summary>
    public static IReadOnlySet<string> Parse(string? list) =>
        (list ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.TrimStart('.').ToLowerInvariant()).Where(Known.ContainsKey).ToHashSet();

    /// <summary>The names in a list that are not known types (for the channel editor's and the options' validation).</summary>
    public static IReadOnlyList<string> Unknown(string? list) =>
        [.. (list ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.TrimStart('.').ToLowerInvariant()).Where(e => !Known.ContainsKey(e))];
}
