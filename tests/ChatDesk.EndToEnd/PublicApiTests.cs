using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatDesk.EndToEnd.Harness;
using ChatDesk.Features.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>A customer's app on the public API and an agent in the browser workspace, against the real app,
/// DNS and SMTP servers.</summary>
public sealed class PublicApiTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AnAppChatsThroughTheApiWithAnAgentInTheWorkspaceAndGetsTheTranscriptByMail() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", true);
        Fixture.App.SetHours("support", AppServer.AlwaysOpen);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        using var app = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var email = $"api-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";

        var faq = await app.GetFromJsonAsync<List<FaqItem>>("/api/v1/channels/support/faq/suggestions?q=" + Uri.EscapeDataString("Where is my parcel?"));
        Assert.NotEmpty(faq!);
        var start = await app.PostAsJsonAsync("/api/v1/channels/support/chats",
            new { name = "Api Customer", email, question = "Where is my parcel?", consent = true });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var started = (await start.Content.ReadFromJsonAsync<StartChatResponse>())!;
        Assert.Equal("faq", started.Status);
        Assert.NotEmpty(started.Suggestions);
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", started.Token);
        Assert.Equal(HttpStatusCode.NoContent, (await app.PostAsync("/api/v1/chat/queue", null)).StatusCode);

        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Api Customer" }).ClickAsync();
        await Expect(Textbox(agent, "Reply")).ToBeVisibleAsync();
        (await app.PostAsJsonAsync("/api/v1/chat/messages", new { clientId = Guid.NewGuid(), text = "Hello from the app" })).EnsureSuccessStatusCode();
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Hello from the app");
        await Textbox(agent, "Reply").FillAsync("Hello from the workspace");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await Wait.UntilAsync(async () => (await app.GetFromJsonAsync<List<MessageItem>>("/api/v1/chat/messages?after=0"))!
            .Any(m => m.Author == "agent" && m.Text == "Hello from the workspace"), TimeSpan.FromSeconds(10), "the agent's reply over the API");

        Assert.Equal(HttpStatusCode.NoContent, (await app.PostAsync("/api/v1/chat/end", null)).StatusCode);
        await Expect(agent.GetByText("The customer ended the chat")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await app.PostAsJsonAsync("/api/v1/chat/transcript", new { })).StatusCode);
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Contains("Hello from the app", mail.TextBody);
        Assert.Contains("Hello from the workspace", mail.TextBody);

        // The agent makes a token on their own tokens page: it works at once and stops when revoked.
        var tokens = await agent.Context.NewPageAsync();
        await tokens.GotoAsync("/account/tokens");
        await WaitUntilInteractiveAsync(tokens);
        await tokens.Locator("#token-name").FillAsync("E2E script");
        await tokens.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = await tokens.GetByTestId("new-token").InnerTextAsync();
        using var staff = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var log = await staff.GetFromJsonAsync<List<MessageItem>>($"/api/v1/staff/chats/{started.ChatId}/messages");
        Assert.Contains(log!, m => m.Author == "customer" && m.Text == "Hello from the app");
        await tokens.GetByTestId("token-row").Filter(new() { HasText = "E2E script" }).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(tokens.GetByTestId("token-row").Filter(new() { HasText = "E2E script" })).ToContainTextAsync("Revoked");
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync($"/api/v1/staff/chats/{started.ChatId}/messages")).StatusCode);
    });
}
