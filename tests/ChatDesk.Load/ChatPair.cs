namespace ChatDesk.Load;

public enum Side { Customer, Agent }

/// <summary>One live chat as the benchmark drives it: a customer end and an agent end that can send and that report
/// what they receive. Implemented over the bare relay and over ChatDesk's public API and hub.</summary>
public interface IChatPair : IAsyncDisposable
{
    /// <summary>Sends from one side; completes when the server acknowledged it (ChatDesk: stored).</summary>
    Task SendAsync(Side from, string text);

    /// <summary>Called with the receiving side and the text whenever a message from the other side arrives.</summary>
    Action<Side, string>? Received { get; set; }
}

/// <summary>The marker a benchmark message carries, so the receiver can time it: chat, sender, sequence, send time.</summary>
public static class Marker
{
    public static string For(int chat, Side from, int sequence) =>
        $"load {chat} {(from == Side.Customer ? 'c' : 'a')} {sequence} {System.Diagnostics.Stopwatch.GetTimestamp()}";

    public static bool TryRead(string text, out long sentAt, out string key)
    {
        (sentAt, key) = (0, "");
        var parts = text.Split(' ');
        if (parts.Length != 5 || parts[0] != "load" || !long.TryParse(parts[4], out sentAt)) return false;
        key = $"{parts[1]} {parts[2]} {parts[3]}";
        return true;
    }
}
