namespace ChatDesk.Load;

/// <summary>What a run measures on the server side: CPU time so far, by process (group), and memory after the run.</summary>
public interface IMeasured
{
    /// <summary>User plus system CPU time used so far by each process group that serves the chats.</summary>
    IReadOnlyList<(string Part, TimeSpan Cpu)> CpuTimes();

    /// <summary>Managed heap after full collections and working set, summed over the app processes.</summary>
    Task<(long Heap, long WorkingSet)> MemoryAsync();
}
