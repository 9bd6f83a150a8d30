using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The request form is no open mail relay (issue 10), against the real SMTP server.</summary>
[Collection(MailLimitCollection.Name)]
public sealed class MailLimitTests(MailLimitFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public Task ThirtyRequestsToOneForeignAddressFromOneClientMailOnlyTheConfiguredFew() => RunAsync(async () =>
    {
        Fixture.App.SetHours("support", AppServer.NeverOpen);
        var stranger = $"stranger-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        var bot = await OpenAsync("bot");
        var (registered, unconfirmed, refused) = (0, 0, 0);

        for (var i = 1; i <= 30; i++)
        {
            await bot.GotoAsync("/chat/support");
            // The honeypot is in the form but nowhere a person sees or tabs to.
            if (i == 1) await Expect(bot.Locator("#homepage")).Not.ToBeInViewportAsync();
            await bot.GetByLabel("Name").FillAsync($"Prize Draw {i}");
            await bot.GetByLabel("E-mail").FillAsync(stranger);
            await Textbox(bot, "Your question").FillAsync($"You won! Claim it at https://prize.example/{i}");
            await bot.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

            await Expect(bot.Locator(".ticket-confirmation, .customer-form [role=alert]:not(:empty)")).ToBeVisibleAsync();
            if (await bot.Locator(".ticket-confirmation").IsVisibleAsync())
            {
                registered++;
                if (await bot.Locator(".ticket-unconfirmed").IsVisibleAsync()) unconfirmed++;
                continue;
            }
            refused++;
            await Expect(bot.Locator(".customer-form [role=alert]")).ToHaveTextAsync(
                "You have sent several requests in a short time. Please wait an hour and try again; what you wrote is still here.");
            // Nothing typed is lost.
            await Expect(bot.GetByLabel("Name")).ToHaveValueAsync($"Prize Draw {i}");
            await Expect(Textbox(bot, "Your question")).ToHaveValueAsync($"You won! Claim it at https://prize.example/{i}");
        }

        Assert.Equal((MailLimitFixture.TicketsPerClientPerHour, 30 - MailLimitFixture.TicketsPerClientPerHour),
            (registered, refused));
        Assert.Equal(MailLimitFixture.TicketsPerClientPerHour - MailLimitFixture.ConfirmationsPerRecipientPerDay, unconfirmed);
        await Expect(bot.Locator(".ticket-unconfirmed")).ToHaveCountAsync(0);
        var mails = await ArrivedAsync(stranger, MailLimitFixture.ConfirmationsPerRecipientPerDay);
        Assert.All(mails, m =>
        {
            Assert.Matches(@"^We have received your request #\d{4}$", m.Subject);
            Assert.DoesNotContain("https://", m.TextBody);
            Assert.Contains("https[:]//prize[.]example/", m.TextBody);
        });
    });

    /// <summary>Waits for the mails the outbox sends to <paramref name="to"/>, then a moment more for any it should not.</summary>
    private async Task<List<MimeKit.MimeMessage>> ArrivedAsync(string to, int expected)
    {
        List<MimeKit.MimeMessage> To() => Fixture.Smtp.Messages().Where(m => m.To.Mailboxes.Any(a => a.Address == to)).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (To().Count < expected && DateTime.UtcNow < deadline) await Task.Delay(200);
        await Task.Delay(3000);
        var mails = To();
        Assert.Equal(expected, mails.Count);
        return mails;
    }
}
