using ChatDesk.Features.Supervision.Figures;

namespace ChatDesk.Features.Supervision;

/// <param name="Day">Today in the viewer's zone.</param>
/// <param name="ChatsPerHour">Requested chats per hour today (0–23).</param>
/// <param name="UsualChatsPerHour">The mean per hour of the same weekday over the previous four weeks.</param>
/// <param name="WaitDistribution">Answered chats today per <see cref="WaitBuckets"/> bucket.</param>
public sealed record TodayFigures(DateOnly Day, ChatFigures Figures, int[] ChatsPerHour, double[] UsualChatsPerHour, int[] WaitDistribution)
{
    public static readonly TodayFigures None = new(default, ChatFigures.None, new int[24], new double[24], new int[WaitBuckets.Keys.Length]);
}
