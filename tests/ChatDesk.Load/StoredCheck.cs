namespace ChatDesk.Load;

/// <summary>After a run, from ChatDesk's own database: every message the server acknowledged is stored exactly once.</summary>
public sealed record StoredCheck(int Acknowledged, int Lost, int Doubled)
{
    public static StoredCheck Read(BenchDatabase database, IReadOnlyCollection<string> acknowledgedKeys)
    {
        var stored = new Dictionary<string, int>();
        foreach (var text in database.Strings("""SELECT "Text" FROM "Messages" WHERE "Text" LIKE 'load %'"""))
        {
            if (!Marker.TryRead(text, out _, out var key)) continue;
            stored[key] = stored.GetValueOrDefault(key) + 1;
        }
        var lost = acknowledgedKeys.Count(k => !stored.ContainsKey(k));
        var doubled = stored.Count(s => s.Value > 1);
        return new StoredCheck(acknowledgedKeys.Count, lost, doubled);
    }
}
