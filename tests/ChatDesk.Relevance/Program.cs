using System.Globalization;

namespace ChatDesk.Relevance;

/// <summary>
/// Prints the relevance table (Markdown) for the README: ChatDesk as shown beside plain BM25 in the same run.
/// With --calibrate: the keyword cut-off grid instead; with --fusion: the fusion grid (<see cref="RelevanceFusion"/>); with --speed (and --rounds N, default 5): question, edit and rebuild times at 10,000 articles (<see cref="RelevanceSpeed"/>); with --ask en "question": the demo FAQ's ranking before the cut-off (see <see cref="RelevanceCalibration"/>). A named class, not top-level
/// statements, so its Program does not clash with the app's in the test project that references both.
/// </summary>
internal static class RelevanceProgram
{
    // `--only sv` (or en) runs just that language's sets.
    private static IReadOnlyList<RelevanceSet> Sets(string[] args) =>
        Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length
            ? [.. RelevanceSets.All().Where(s => s.Language == args[at + 1])]
            : RelevanceSets.All();

    public static async Task Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        if (args.Contains("--calibrate"))
        {
            Console.WriteLine(await RelevanceCalibration.SweepAsync(RelevanceSets.All(), CancellationToken.None));
            return;
        }
        if (args.Contains("--fusion"))
        {
            Console.WriteLine(await RelevanceFusion.SweepAsync(RelevanceSets.All(), CancellationToken.None));
            return;
        }
        if (args.Contains("--speed") && args.Contains("--stages"))
        {
            Console.WriteLine(await RelevanceSpeedStages.MeasureAsync(Sets(args), CancellationToken.None));
            return;
        }
        if (args.Contains("--speed"))
        {
            var rounds = Array.IndexOf(args, "--rounds") is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 5;
            Console.WriteLine(await RelevanceSpeed.MeasureAsync(Sets(args), rounds, CancellationToken.None));
            return;
        }
        if (args.Contains("--dump"))
        {
            Console.WriteLine(await RelevanceDump.DumpAsync(Sets(args), CancellationToken.None));
            return;
        }
        if (args.Length == 2 && args[0] == "--misses")
        {
            Console.WriteLine(await RelevanceMisses.ListAsync(RelevanceSets.All(), args[1], CancellationToken.None));
            return;
        }
        if (args.Length == 3 && args[0] == "--ask")
        {
            Console.WriteLine(await RelevanceCalibration.AskDemoAsync(args[1], args[2], CancellationToken.None));
            return;
        }
        var rows = await RelevanceRun.MeasureAsync(Sets(args), CancellationToken.None);
        Console.WriteLine(RelevanceTable.Markdown(rows));
    }
}
