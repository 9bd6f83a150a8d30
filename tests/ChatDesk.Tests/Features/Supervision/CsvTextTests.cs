using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.Reports;
using ChatDesk.Resources;
using static ChatDesk.Tests.Features.Supervision.ReportWorld;

namespace ChatDesk.Tests.Features.Supervision;

public sealed class CsvTextTests
{
    private static ReportTable Table(params IReadOnlyList<object?>[] rows) => new("test", "Test",
        [new("Name", ReportValueKind.Text), new("Chats", ReportValueKind.Count), new("Wait", ReportValueKind.Duration), new("Rating", ReportValueKind.Rating)],
        rows);

    [Fact]
    public void RowsEndWithCrLfAndDurationsAreWholeSeconds() => Assert.Equal(
        "Name,Chats,Wait (s),Rating\r\nAnna,3,125,4.33\r\nOskar,0,,\r\n",
        CsvText.Write(Table(["Anna", 3, TimeSpan.FromSeconds(125), 13 / 3.0], ["Oskar", 0, null, null])));

    [Fact]
    public void CommasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() => Assert.Equal(
        "Name,Chats,Wait (s),Rating\r\n\"Berg, Oskar\",1,,\r\n\"The \"\"best\"\" team\",2,,\r\n\"two\r\nlines\",3,,\r\n",
        CsvText.Write(Table(["Berg, Oskar", 1, null, null], ["The \"best\" team", 2, null, null], ["two\r\nlines", 3, null, null])));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+46 8 123", "'+46 8 123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Anna = boss", "Anna = boss")]
    public void TextThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(string name, string field) =>
        Assert.Equal($"Name,Chats,Wait (s),Rating\r\n{field},1,,\r\n", CsvText.Write(Table([name, 1, null, null])));

    [Fact]
    public async Task TheAgentsTableOfAKnownPeriodIsExactlyThisCsv()
    {
        using var world = new ReportWorld();
        world.Chat(world.Alpha, Utc(11, 2, 9, 0), waitSeconds: 40, durationSeconds: 200, rating: 5, agent: ("x", "=HYPERLINK(\"http://evil\")"));
        world.Chat(world.Alpha, Utc(11, 2, 10, 0), waitSeconds: 80, durationSeconds: 100, rating: 2, agent: ("z", "Zoe, Ek"));
        world.Chat(world.Alpha, Utc(11, 2, 11, 0), waitSeconds: 20, durationSeconds: 301, rating: null, agent: ("z", "Zoe, Ek"));
        var reports = new ReportService(world.Database);
        var query = new ReportQuery(new(2026, 11, 2), new(2026, 11, 2), null, TimeZoneInfo.Utc);

        var tables = await reports.TablesAsync(world.SupervisorOf(world.Alpha), query,
            SupervisorText.For("en"), CancellationToken.None);

        // Zoe: handling (100 + 301) / 2 = 200.5 → 201 s (half away from zero); rated once: 2
        Assert.Equal(
            "Agent,Chats,Average handling time (s),Average rating\r\n" +
            "\"'=HYPERLINK(\"\"http://evil\"\")\",1,200,5\r\n" +
            "\"Zoe, Ek\",2,201,2\r\n",
            CsvText.Write(tables.Single(t => t.Name == "agents")));
    }
}
