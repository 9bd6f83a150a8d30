using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Agents;

public sealed class ConversationStateTests : IDisposable
{
    private static readonly StaffText T = StaffText.For("en");
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();

    private async Task<ConversationState> OpenAsync(string agentId, long chat)
    {
        var state = world.Get<ConversationState>();
        await state.OpenAsync(agentId, chat, None);
        return state;
    }

    [Fact]
    public async Task SomeoneElsesChatOpensNothing()
    {
        var chat = await world.ActiveChatAsync("bo", "Kim");

        var state = world.Get<ConversationState>();

        Assert.False(await state.OpenAsync("anna", chat, None));
        Assert.Null(state.Session);
        Assert.Empty(state.Messages);
    }

    [Fact]
    public async Task AnActiveOwnChatMayBeAnsweredEndedTransferredAndTicketedButNotClosed()
    {
        var state = await OpenAsync("anna", await world.ActiveChatAsync("anna", "Kim"));

        Assert.True(state.CanCompose && state.CanEnd && state.CanTransfer && state.CanCreateTicket && state.CanSendTranscript);
        Assert.False(state.CanClose);
        Assert.Contains(state.Messages, m => m.Text == "Where is my order?");
    }

    [Fact]
    public async Task AnEndedChatSaysWhyAndMayOnlyBeClosedTicketedOrSent()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        await world.Get<ConversationService>().EndAsync(chat, EndReason.CustomerLeft, None);

        var state = await OpenAsync("anna", chat);

        Assert.Equal("The customer left the chat.", state.EndedText(T));
        Assert.False(state.CanCompose || state.CanEnd || state.CanTransfer);
        Assert.True(state.CanClose && state.CanCreateTicket && state.CanSendTranscript);
    }

    [Fact]
    public async Task AHandedOverChatIsReadOnlyUntilClosed()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        await world.Get<AgentPresence>().ConnectAsync("bo", Presence.Present, None);
        var state = await OpenAsync("anna", chat);
        await state.LoadTargetsAsync(None);
        Assert.Equal("bo", state.Target);
        await state.OfferTransferAsync(T, None);
        Assert.Equal("bo", state.Pending?.ToAgentId);
        Assert.False(state.CanTransfer);

        await world.Get<AgentDesk>().AcceptTransferAsync("bo", chat, None);
        await state.ApplyAsync(new SessionChanged(chat, world.ChannelId, SessionStatus.Active), None);

        Assert.True(state.ReadOnly);
        Assert.Null(state.Pending);
        Assert.False(state.CanCompose || state.CanEnd || state.CanCreateTicket || state.CanSendTranscript);
        Assert.True(state.CanClose);
    }

    [Fact]
    public async Task NewCustomerMessagesAreMarkedReadOnce()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var state = await OpenAsync("anna", chat);
        Assert.False(await state.ApplyAsync(new TypingChanged(chat, world.ChannelId, AuthorKind.Customer, true), None));
        await world.SayAsync(chat, "Anyone?");

        Assert.True(await state.ApplyAsync(new MessageAdded(chat, world.ChannelId, 9), None));
        Assert.False(await state.ApplyAsync(new MessageAdded(chat, world.ChannelId, 9), None));

        Assert.Single(state.Messages, m => m.Text == "Anyone?");
    }

    [Fact]
    public async Task ATicketFromTheChatGivesTheCustomerConfirmationInTheChannelsLanguage()
    {
        var state = await OpenAsync("anna", await world.ActiveChatAsync("anna", "Kim"));

        var confirmation = await state.CreateTicketAsync("Call back", T, None);

        Assert.Equal(CustomerText.For("en").Format("TicketFromChat", 1001), confirmation);
        Assert.False(state.CanCreateTicket);
        Assert.Equal(T.Format("TicketCreated", 1001), state.Info);
    }

    [Theory]
    [InlineData("", "Hello", "Hello")]
    [InlineData("Thanks  ", "Bye", "Thanks Bye")]
    public void InsertedTextGoesAfterWhatTheAgentWrote(string current, string inserted, string expected) =>
        Assert.Equal(expected, ConversationState.Compose(current, inserted));

    public void Dispose() => world.Dispose();
}
