using ChatDesk.Features.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Typing reaches the bus at most once per start and stop per 3 s, and the last word always arrives.</summary>
public sealed class TypingDebounceTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<bool> published = [];

    private TypingDebounce Debounce() => new(time, published.Add);

    [Fact]
    public void EveryKeystrokeOfAWordIsOneStart()
    {
        using var typing = Debounce();

        for (var i = 0; i < 20; i++) typing.Set(true);

        Assert.Equal([true], published);
    }

    [Fact]
    public void AStopAndAStartWithinTheWindowWaitForItAndOnlyTheStateThatHoldsThenIsSent()
    {
        using var typing = Debounce();
        typing.Set(true);
        typing.Set(false);
        time.Advance(TimeSpan.FromSeconds(1));
        typing.Set(true);   // within 3 s of the first start: held back
        typing.Set(false);  // within 3 s of the first stop: held back
        typing.Set(true);
        Assert.Equal([true, false], published);

        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal([true, false, true], published);
    }

    [Fact]
    public void AStopThatCameTooSoonIsSentWhenItsWindowOpens()
    {
        using var typing = Debounce();
        typing.Set(true);
        time.Advance(TimeSpan.FromSeconds(0.5));
        typing.Set(false);
        time.Advance(TimeSpan.FromSeconds(2.5));
        typing.Set(true);   // 3 s after the first start: sent
        typing.Set(false);  // 2.5 s after the first stop: held back half a second
        Assert.Equal([true, false, true], published);

        time.Advance(TimeSpan.FromSeconds(0.5));

        Assert.Equal([true, false, true, false], published);
    }

    [Fact]
    public void NothingIsSentAfterDisposal()
    {
        var typing = Debounce();
        typing.Set(true);
        typing.Set(false);
        typing.Set(true);
        typing.Set(false);
        typing.Dispose();

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([true, false], published);
    }
}
