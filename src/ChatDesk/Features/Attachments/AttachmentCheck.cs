namespace ChatDesk.Features.Attachments;

/// <summary>Why a file was not attached; each has a localized text (AttachmentText "Refused" + name).</summary>
public enum AttachRefusal { None, Empty, TooLarge, TooMany, TypeNotAllowed, Mismatch, Executable, NotActive }

/// <summary>The rules a file must pass, in the order a user can fix them: the chat's count, the size, the type by
/// name, then the bytes (sniffed) against the name.</summary>
public static class AttachmentCheck
{
    /// <summary>Before reading anything: the count so far and the size the browser reported.</summary>
    public static AttachRefusal Before(AttachmentLimits limits, int countSoFar, string fileName, long reportedSize)
    {
        if (countSoFar >= limits.MaxPerChat) return AttachRefusal.TooMany;
        if (reportedSize > limits.MaxBytes) return AttachRefusal.TooLarge;
        if (reportedSize == 0) return AttachRefusal.Empty;
        var extension = AttachmentFileName.Extension(fileName);
        if (extension is "exe" or "dll" or "msi" or "bat" or "cmd" or "com" or "scr" or "ps1" or "sh" or "js" or "vbs")
            return AttachRefusal.Executable;
        return limits.AllowedTypes.Contains(extension) ? AttachRefusal.None : AttachRefusal.TypeNotAllowed;
    }

    /// <summary>After reading (at most MaxBytes + 1): the real size and what the bytes are. The file type is set only
    /// when the file passes.</summary>
    public static AttachRefusal Content(AttachmentLimits limits, string fileName, ReadOnlySpan<byte> content,
        out AttachmentTypes.FileType? type)
    {
        type = null;
        if (content.Length == 0) return AttachRefusal.Empty;
        if (content.Length > limits.MaxBytes) return AttachRefusal.TooLarge;
        var kind = FileSniffer.Sniff(content);
        if (kind == SniffedKind.Executable) return AttachRefusal.Executable;
        var extension = AttachmentFileName.Extension(fileName);
        if (!limits.AllowedTypes.Contains(extension) || !AttachmentTypes.Known.TryGetValue(extension, out var known))
            return AttachRefusal.TypeNotAllowed;
        if (known.Kind != kind) return AttachRefusal.Mismatch;
        type = known;
        return AttachRefusal.None;
    }
}
