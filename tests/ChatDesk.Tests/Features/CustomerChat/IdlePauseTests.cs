using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class IdlePauseTests
{
    [Theory]
    [InlineData(60, true, true, 60)]
    [InlineData(60, false, false, 60)]
    [InlineData(60, false, true, 60)]
    // Production over plain HTTP: .NET would refuse the pause (Secure-only antiforgery cookie).
    [InlineData(60, true, false, null)]
    [InlineData(0, true, true, null)]
    [InlineData(0, false, false, null)]
    public void APagePausesOnlyWhereThePauseCanSucceed(int seconds, bool production, bool https, int? expected) =>
        Assert.Equal(expected, IdlePause.SecondsFor(new ChatOptions { IdlePauseSeconds = seconds }, production, https));

    [Fact]
    public void PagesPauseAfterAMinuteByDefault() => Assert.Equal(60, new ChatOptions().IdlePauseSeconds);
}
