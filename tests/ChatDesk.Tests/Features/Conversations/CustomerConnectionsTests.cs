using ChatDesk.Features.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class CustomerConnectionsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AChatIsGoneOnlyAfterTheGracePeriodWithNoWindow()
    {
        var connections = new CustomerConnections(time);
        connections.Up(1);
        connections.Down(1);

        time.Advance(CustomerConnections.Grace - TimeSpan.FromSeconds(1));
        Assert.Empty(connections.TakeGone());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([1L], connections.TakeGone());
        Assert.Empty(connections.TakeGone());
    }

    [Fact]
    public void AReloadInsideTheGracePeriodKeepsTheChat()
    {
        var connections = new CustomerConnections(time);
        connections.Up(1);
        connections.Down(1);
        time.Advance(TimeSpan.FromSeconds(5));

        connections.Up(1);
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(connections.TakeGone());
    }

    [Fact]
    public void ASecondWindowKeepsTheChatWhenTheFirstCloses()
    {
        var connections = new CustomerConnections(time);
        connections.Up(1);
        connections.Up(1);
        connections.Down(1);
        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(connections.TakeGone());
    }
}
