using System.Resources;
using ChatDesk.Features.Supervision.Figures;

namespace ChatDesk.Resources;

/// <summary>The supervisor dashboard's and reports' text, in the signed-in user's language.</summary>
public sealed class SupervisorText : TextCatalog
{
    private static readonly ResourceManager Strings = new("ChatDesk.Resources.SupervisorText", typeof(SupervisorText).Assembly);

    private SupervisorText(string? language) : base(Strings, language) { }

    public static SupervisorText For(string? language) => new(language);

    /// <summary>"45 s", "3 min 12 s", "1 h 5 min"; a dash when there is nothing to show.</summary>
    public string Duration(TimeSpan? span) => span switch
    {
        null => "–",
        { TotalHours: >= 1 } s => $"{(int)s.TotalHours} h {s.Minutes} min",
        { TotalMinutes: >= 1 } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
        { } s => $"{Math.Max(0, (int)s.TotalSeconds)} s",
    };

    public string Rating(double? rating) => rating?.ToString("0.0", Culture) ?? "–";

    public string WaitBucket(int index) => this[WaitBuckets.Keys[index]];
}
