using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.CustomerChat;

/// <summary>The request form's limits and honeypot as the customer meets them (issue 10).</summary>
public sealed class CustomerTicketFormTests : CustomerComponentContext
{
    private List<string> Recipients()
    {
        using var db = Database.CreateDbContext();
        return db.Outbox.AsNoTracking().Select(m => m.To).ToList();
    }

    private IRenderedComponent<CustomerTicketForm> TicketForm(PreChatInput input) =>
        Render<CustomerTicketForm>(p => p.Add(c => c.Channel, Channel).Add(c => c.Text, CustomerText.For("en")).Add(c => c.Input, input));

    private static Task<string> SendFromBrowserAsync(IRenderedComponent<CustomerTicketForm> form, string text) =>
        form.InvokeAsync(() => form.FindComponent<Composer>().Instance.SubmitAsync(text, Guid.NewGuid().ToString()));

    [Fact]
    public void TheHoneypotIsOutOfReachOfKeyboardScreenReadersAndAutofill()
    {
        var form = TicketForm(new PreChatInput());

        var field = form.Find("#homepage");
        Assert.Equal(("-1", "off"), (field.GetAttribute("tabindex"), field.GetAttribute("autocomplete")));
        Assert.Equal("true", field.ParentElement!.GetAttribute("aria-hidden"));
        Assert.Contains("hp-field", field.ParentElement.ClassName);
    }

    [Fact]
    public async Task ARefusalOverTheClientLimitSaysWhyAndKeepsEverythingTyped()
    {
        Services.AddSingleton(Options.Create(new TicketLimitOptions { TicketsPerClientPerHour = 1, TicketFormMinSeconds = 0 }));
        await Services.GetRequiredService<OfflineRequests>().SubmitAsync(
            new OfflineRequest(Channel.Id, new CustomerDetails { Name = "First", Email = "first@example.org" }, "First", ChatDesk.Features.Abuse.ClientAddress.Unknown, null, ""),
            CancellationToken.None);
        var input = new PreChatInput { Name = "Kim", Email = "kim@example.org" };
        var form = TicketForm(input);

        var outcome = await SendFromBrowserAsync(form, "My coffee machine leaks.");

        Assert.Equal(nameof(ComposerOutcome.Refused), outcome);
        form.WaitForAssertion(() => Assert.Equal(
            "You have sent several requests in a short time. Please wait an hour and try again; what you wrote is still here.",
            form.Find("[role=alert]").TextContent));
        Assert.Equal(("Kim", "kim@example.org", "My coffee machine leaks."), (input.Name, input.Email, input.Question));
        Assert.Equal("Kim", form.Find("#name").GetAttribute("value"));
        Assert.Empty(form.FindAll(".ticket-confirmation"));
    }

    [Fact]
    public async Task OverTheRecipientLimitTheRequestIsRegisteredAndTheCustomerToldNoMailWasSent()
    {
        Services.AddSingleton(Options.Create(new TicketLimitOptions { ConfirmationsPerRecipientPerDay = 1, TicketFormMinSeconds = 0 }));
        var first = TicketForm(new PreChatInput { Name = "Kim", Email = "kim@example.org" });
        await SendFromBrowserAsync(first, "First");
        first.WaitForAssertion(() => Assert.Empty(first.FindAll(".ticket-unconfirmed")));

        var second = TicketForm(new PreChatInput { Name = "Kim", Email = "kim@example.org" });
        await SendFromBrowserAsync(second, "Second");

        second.WaitForAssertion(() => Assert.Equal("Your request has been registered. Ticket ID: #1002", second.Find(".ticket-confirmation").TextContent));
        Assert.Equal("We did not send a confirmation e-mail this time: kim@example.org has already had several from us today. Keep the ticket ID above.",
            second.Find(".ticket-unconfirmed").TextContent);
        Assert.Single(Recipients());
    }
}
