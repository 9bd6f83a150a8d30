using System.Security.Cryptography;
using System.Text;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 10 in the real app: the browser's token opens an ended chat read-only for a while, the database
/// files never hold it, and once its time is over the page forgets it. The clock is moved by backdating the end.</summary>
public sealed class ChatTokenTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AnEndedChatReloadsReadOnlyWithReturnForAFewMinutesAndIsForgottenAfterHalfAnHour() => RunAsync(async () =>
    {
        var (_, customer) = await ActiveChatAsync("Token Keeper", "Where is order 4242?");
        await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();
        await Expect(customer.GetByText("You ended the chat.")).ToBeVisibleAsync();
        var token = await customer.EvaluateAsync<string>("() => localStorage.getItem('chatdesk:support')");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        Assert.Equal("1", Fixture.App.Scalar($"SELECT COUNT(*) FROM Sessions WHERE TokenHash = '{hash}'"));
        Assert.False(DatabaseFilesContain(token), "the raw token is in the database files");

        await customer.ReloadAsync();
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Where is order 4242?");
        await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Return to chat" })).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Textbox, new() { Name = "Message" })).Not.ToBeVisibleAsync();

        EndedMinutesAgo(hash, 6); // past Chat:ReturnMinutes (5)
        await customer.ReloadAsync();
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Where is order 4242?");
        await Expect(customer.GetByText("You ended the chat.")).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Return to chat" })).Not.ToBeVisibleAsync();

        EndedMinutesAgo(hash, 31); // past Chat:EndedAccessMinutes (30)
        await customer.ReloadAsync();
        await Expect(customer.GetByLabel("Name")).ToBeVisibleAsync();
        await Expect(customer.GetByText("Where is order 4242?")).Not.ToBeVisibleAsync();
        Assert.Null(await customer.EvaluateAsync<string?>("() => localStorage.getItem('chatdesk:support')"));
    });

    private void EndedMinutesAgo(string hash, int minutes) => Fixture.App.Sql(
        $"UPDATE Sessions SET EndedAt = {DateTimeOffset.UtcNow.AddMinutes(-minutes).UtcTicks} WHERE TokenHash = '{hash}'");

    // The files as they are on disk, WAL included: what a stolen copy of the data folder would give away.
    private bool DatabaseFilesContain(string token)
    {
        var needle = Encoding.UTF8.GetBytes(token);
        return Directory.GetFiles(Fixture.App.DataDir, "chatdesk.db*").Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
        });
    }
}
