using ChatDesk.Features.Webhooks;

namespace ChatDesk.Tests.Features.Webhooks;

public sealed class WebhookRetryTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(8, 1280)]
    [InlineData(9, 1800)]
    [InlineData(500, 1800)]
    public void TheWaitDoublesFromTenSecondsUpToHalfAnHour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WebhookRetry.Delay(attempts));

    [Theory]
    [InlineData(400, true)]
    [InlineData(404, true)]
    [InlineData(410, true)]
    [InlineData(408, false)]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(null, false)]
    public void OnlyA4xxOtherThanTimeoutAndTooManyRequestsIsPermanent(int? status, bool permanent) =>
        Assert.Equal(permanent, WebhookRetry.IsPermanent(status));

    [Fact]
    public void APermanentAnswerIsGivenUpAfterThreeTriesAnOutageOnlyAtMaxAttempts()
    {
        Assert.False(WebhookRetry.GivesUp(404, 2, 12));
        Assert.True(WebhookRetry.GivesUp(404, 3, 12));
        Assert.False(WebhookRetry.GivesUp(503, 11, 12));
        Assert.True(WebhookRetry.GivesUp(503, 12, 12));
        Assert.False(WebhookRetry.GivesUp(null, 11, 12));
        Assert.True(WebhookRetry.GivesUp(null, 12, 12));
        Assert.True(WebhookRetry.GivesUp(429, 12, 12));
        Assert.True(WebhookRetry.GivesUp(404, 1, 1));
    }
}
