using System.Globalization;

namespace ChatDesk.Load;

/// <summary>CPU time of a process and everything under it, from /proc: PostgreSQL serves each connection from a
/// backend process of its own and nginx works in worker processes, so their cost is the whole tree's.</summary>
public static class ProcessCpu
{
    /// <summary>User plus system time of the process and its live descendants, plus what its exited children used
    /// (cutime, cstime: counted in the parent once it has reaped them).</summary>
    public static TimeSpan Tree(int root)
    {
        var stats = new Dictionary<int, string[]>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                stats[pid] = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        var children = stats.ToLookup(s => int.Parse(s.Value[1], CultureInfo.InvariantCulture), s => s.Key);
        long ticks = 0;
        var pending = new Stack<int>([root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (!stats.TryGetValue(pid, out var fields)) continue;
            // Fields 14–17 of /proc/<pid>/stat (utime, stime, cutime, cstime), counted from the state field here.
            for (var field = 11; field <= 14; field++) ticks += long.Parse(fields[field], CultureInfo.InvariantCulture);
            foreach (var child in children[pid]) pending.Push(child);
        }
        // Clock ticks are 100 a second on Linux.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
