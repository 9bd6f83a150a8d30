using System.Text.Json.Nodes;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Privacy;
using ChatDesk.Features.Tickets;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>The export of an address holds every chat, message, internal note, ticket and mail of it, and nothing of anyone else.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly PrivacyWorld world = new();

    [Fact]
    public async Task TheExportHoldsEveryChatMessageTicketAndMailOfTheAddressAndNothingOfAnyoneElse()
    {
        var support = world.AddChannel("support");
        var sales = world.AddChannel("sales");
        var karin = PrivacyWorld.Customer("Karin Lind", "Karin.Lind@example.com");
        var bo = PrivacyWorld.Customer("Bo Ek", "bo@example.com");
        var leaking = await world.AddChatAsync(support, karin, world.DaysAgo(3), SessionStatus.Ended, "My coffee maker leaks", "Which model, Karin?", "KB-200");
        await world.AddNoteAsync(leaking, "Karin had this leak last year too");
        await world.AddChatAsync(sales, karin, world.DaysAgo(1), SessionStatus.Ended, "Do you sell filters?");
        await world.AddTicketAsync(support, karin, TicketStatus.Open, world.DaysAgo(2), "Please call me back");
        await world.AddMailAsync("karin.lind@example.com", "Your chat transcript", world.DaysAgo(3), sent: false);
        var bos = await world.AddChatAsync(support, bo, world.DaysAgo(2), SessionStatus.Ended, "Bo's secret question", "Bo's answer");
        await world.AddNoteAsync(bos, "Bo's note");
        await world.AddTicketAsync(support, bo, TicketStatus.Open, world.DaysAgo(2), "Bo's ticket");
        await world.AddMailAsync("bo@example.com", "Bo's mail body", world.DaysAgo(2), sent: false);

        var export = await world.Privacy.ExportAsync(PrivacyWorld.Admin, PersonalAddress.Parse("KARIN.LIND@example.com")!, CancellationToken.None);
        var json = PrivacyService.ToJson(export);

        var file = JsonNode.Parse(json)!;
        Assert.Equal(("chatdesk-personal-data", 1), ((string)file["format"]!, (int)file["version"]!));
        var chats = file["chats"]!.AsArray();
        Assert.Equal(["support", "sales"], chats.Select(c => (string)c!["channel"]!));
        Assert.Equal(["My coffee maker leaks", "Which model, Karin?", "KB-200"],
            chats[0]!["messages"]!.AsArray().Select(m => (string)m!["text"]!));
        Assert.Equal("Do you sell filters?", (string)chats[1]!["messages"]![0]!["text"]!);
        Assert.Equal("Karin had this leak last year too", (string)Assert.Single(chats[0]!["internalNotes"]!.AsArray())!["text"]!);
        Assert.Empty(chats[1]!["internalNotes"]!.AsArray());
        Assert.Equal("Karin Lind", (string)chats[0]!["customer"]!["name"]!);
        Assert.Equal("Please call me back", (string)Assert.Single(file["tickets"]!.AsArray())!["question"]!);
        Assert.Equal("Your chat transcript", (string)Assert.Single(file["mails"]!.AsArray())!["textBody"]!);
        Assert.DoesNotContain("Bo Ek", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo's", json, StringComparison.Ordinal);
        Assert.DoesNotContain("bo@example.com", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportIsAuditedWithoutTheAddress()
    {
        var support = world.AddChannel("support");
        await world.AddChatAsync(support, PrivacyWorld.Customer("Karin Lind", "karin@example.com"), world.DaysAgo(1), SessionStatus.Ended, "Hi");

        await world.Privacy.ExportAsync(PrivacyWorld.Admin, PersonalAddress.Parse("karin@example.com")!, CancellationToken.None);

        var entry = Assert.Single(await world.AuditAsync());
        Assert.Equal(("privacy", "exported", PrivacyService.AuditSubject, "1 chat(s), 0 ticket(s), 0 mail(s)"),
            (entry.Area, entry.Action, entry.Subject, entry.Details));
    }

    [Theory]
    [InlineData("")]
    [InlineData("karin")]
    [InlineData("karin@localhost")]
    public void WhatIsNotAnAddressIsRefused(string input) => Assert.Null(PersonalAddress.Parse(input));

    public void Dispose() => world.Dispose();
}
