using System.Globalization;

namespace ChatDesk.Features.Admin;

/// <summary>Builds an audit entry's details as "Field: old → new" for the fields that changed.</summary>
internal sealed class AuditChanges
{
    private readonly List<string> changes = [];

    public bool None => changes.Count == 0;

    public AuditChanges Add<T>(string field, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field}: {before} → {after}"));
        return this;
    }

    /// <summary>Long text is not copied into the log, only that it changed and its length.</summary>
    public AuditChanges AddText(string field, string before, string after)
    {
        if (before != after) changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field}: changed ({before.Length} → {after.Length} characters)"));
        return this;
    }

    public override string ToString() => string.Join("; ", changes);
}
