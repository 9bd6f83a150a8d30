namespace ChatDesk.Features.Attachments;

/// <summary>A file name as the browser sent it, made safe to store, show and put in a header: the last path part
/// only, no control or reserved characters, trimmed, at most <see cref="MaxLength"/> characters (the extension kept).</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 120;
    private static readonly char[] Reserved = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string Clean(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var chars = last.Where(c => !char.IsControl(c) && c is not ('\u200e' or '\u200f' or '\u202a' or '\u202b' or '\u202c'
            or '\u202d' or '\u202e' or '\u2066' or '\u2067' or '\u2068' or '\u2069')).Select(c => Reserved.Contains(c) ? '_' : c);
        var clean = new string([.. chars]).Trim().Trim('.').Trim();
        if (clean.Length == 0) clean = "file";
        if (clean.Length <= MaxLength) return clean;
        var extension = Extension(clean);
        var keep = extension.Length > 0 && extension.Length < 20 ? "." + extension : "";
        return clean[..(MaxLength - keep.Length)] + keep;
    }

    /// <summary>The extension in lower case without the dot; empty when there is none.</summary>
    public static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 || dot == name.Length - 1 ? "" : name[(dot + 1)..].ToLowerInvariant();
    }
}
