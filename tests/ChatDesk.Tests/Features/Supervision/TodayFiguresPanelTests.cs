using Bunit;
using ChatDesk.Features.Supervision;
using ChatDesk.Features.Supervision.Figures;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Supervision;

public sealed class TodayFiguresPanelTests : ComponentTestContext
{
    private static readonly TodayFigures Known = new(new DateOnly(2026, 11, 3),
        new ChatFigures(7, 5, 1, 2, 3, TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(465), 3.5),
        new int[24], new double[24], new int[6]);

    private IRenderedComponent<TodayFiguresPanel> Render(string language) => Render<TodayFiguresPanel>(p => p
        .Add(c => c.Today, Known).Add(c => c.T, SupervisorText.For(language)).Add(c => c.ZoneLabel, "Europe/Stockholm"));

    [Fact]
    public void EachFigureStandsUnderItsLabel()
    {
        var panel = Render("en");

        var shown = panel.FindAll(".today-figure").Select(f => (f.QuerySelector("dt")!.TextContent, f.QuerySelector("dd")!.TextContent));
        Assert.Equal(
        [
            ("Chats requested", "7"), ("Answered", "5"), ("Abandoned in queue", "1"), ("Resolved by FAQ", "2"), ("Tickets created", "3"),
            ("Average wait", "2 min 0 s"), ("90th percentile wait", "5 min 0 s"), ("Average duration", "7 min 45 s"), ("Average rating", "3.5"),
        ], shown);
        Assert.Equal("7", panel.Find("[data-testid=fig-requested]").TextContent);
        Assert.Contains("in Europe/Stockholm", panel.Markup);
    }

    [Fact]
    public void SwedishViewersReadSwedishLabelsAndDecimalCommas()
    {
        var panel = Render("sv");

        Assert.Contains("Begärda chattar", panel.Markup);
        Assert.Equal("3,5", panel.Find("[data-testid=fig-average-rating]").TextContent);
    }
}
