using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Queue;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class CustomerRulesTests
{
    [Fact]
    public void TheChannelsQueueTemplateGetsThePositionAndTheWait()
    {
        var line = QueueTextFormatter.Format(CustomerText.For("sv"), "Plats {position}. {wait}", new QueueView(3, 5, 4, QueueFallbackReason.None));

        Assert.Equal("Plats 3. Beräknad väntetid: cirka 4 min.", line);
    }

    [Fact]
    public void WithoutAnEstimateTheWaitPlaceholderIsLeftOutCleanly()
    {
        var line = QueueTextFormatter.Format(CustomerText.For("en"), "You are number {position}. {wait}", new QueueView(2, 2, null, QueueFallbackReason.None));

        Assert.Equal("You are number 2.", line);
    }

    [Fact]
    public void WithoutATemplateTheStandardTextInTheChannelsLanguageIsUsed()
    {
        Assert.Equal("Du är nummer 1 i kön.", QueueTextFormatter.Format(CustomerText.For("sv"), " ", new QueueView(1, 1, null, QueueFallbackReason.None)));
        Assert.Equal("Waiting for an agent…", QueueTextFormatter.Format(CustomerText.For("en"), null, new QueueView(0, 0, null, QueueFallbackReason.None)));
    }

    [Theory]
    [InlineData(SessionStatus.Queued, true)]
    [InlineData(SessionStatus.Active, true)]
    [InlineData(SessionStatus.Ended, true)]
    [InlineData(SessionStatus.Faq, true)]
    [InlineData(SessionStatus.Abandoned, false)]
    [InlineData(SessionStatus.PreChat, false)]
    public void OnlyAChatThatGotPastTheFormAndWasNotLeftInTheQueueIsResumed(SessionStatus status, bool resumed)
    {
        Assert.Equal(resumed, ResumeRules.CanResume(new ChatSession(status) { ChannelId = 7 }, 7));
    }

    [Fact]
    public void AChatOfAnotherChannelOrNoChatIsNeverResumed()
    {
        Assert.False(ResumeRules.CanResume(new ChatSession(SessionStatus.Active) { ChannelId = 8 }, 7));
        Assert.False(ResumeRules.CanResume(null, 7));
    }

    [Fact]
    public void OnlyAWebAddressFromTheWidgetCountsAsTheSourcePage()
    {
        Assert.Equal("https://shop.example/cart", CustomerChatFlow.SourceUrl("https://shop.example/cart", "https://chat/x"));
        Assert.Equal("https://chat/x", CustomerChatFlow.SourceUrl("javascript:alert(1)", "https://chat/x"));
        Assert.Equal("https://chat/x", CustomerChatFlow.SourceUrl(null, "https://chat/x"));
    }
}
