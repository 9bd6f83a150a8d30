namespace ChatDesk.EndToEnd.Harness;

/// <summary>The circuits the app ended with an unhandled exception, read from its log: a failed browser test then
/// says why its page stopped answering instead of only which element never came.</summary>
internal static class CircuitCrashes
{
    private const string Marker = "Unhandled exception in circuit";
    private const int LinesEach = 8;

    /// <summary>The log's crash reports after <paramref name="start"/> (a few lines each), or null for none.</summary>
    public static string? Since(string log, int start)
    {
        if (start < 0 || start > log.Length) start = 0;
        var lines = log[start..].Split('\n');
        var reports = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains(Marker, StringComparison.Ordinal)) continue;
            reports.Add(string.Join('\n', lines.Skip(i).Take(LinesEach)).TrimEnd());
        }
        return reports.Count == 0 ? null : string.Join("\n---\n", reports);
    }
}

/// <summary>A test failure whose page lost its circuit to an app error; the message leads with that error.</summary>
public sealed class CircuitCrashedException(string crashes, Exception failure)
    : Exception($"The app ended a circuit during this test:\n{crashes}\n\nThe test then failed with: {failure.Message}", failure);
