using ChatDesk.Features.Abuse;

namespace ChatDesk.Tests.Features.Abuse;

public sealed class CircuitCounterTests
{
    private static CircuitCounter Counter(int perClient, int total) => new(
        new FixedAbuseOptions(new AbuseOptions { MaxCircuitsPerClient = perClient, MaxCircuits = total }));

    [Fact]
    public void OneClientGetsItsCapAndNoMoreWhileOthersStillGetIn()
    {
        var counter = Counter(perClient: 3, total: 100);

        for (var i = 0; i < 3; i++) Assert.NotNull(counter.TryOpen("10.0.0.1"));
        Assert.False(counter.HasRoom("10.0.0.1"));
        Assert.Null(counter.TryOpen("10.0.0.1"));

        Assert.True(counter.HasRoom("10.0.0.2"));
        Assert.NotNull(counter.TryOpen("10.0.0.2"));
        Assert.Equal(4, counter.Total);
    }

    [Fact]
    public void TheNodeCapHoldsAcrossClients()
    {
        var counter = Counter(perClient: 10, total: 2);
        Assert.NotNull(counter.TryOpen("10.0.0.1"));
        Assert.NotNull(counter.TryOpen("10.0.0.2"));

        Assert.False(counter.HasRoom("10.0.0.3"));
        Assert.Null(counter.TryOpen("10.0.0.3"));
    }

    [Fact]
    public void AClosedCircuitFreesItsPlaceOnceAndTheClientLeavesTheTable()
    {
        var counter = Counter(perClient: 1, total: 10);
        var slot = counter.TryOpen("10.0.0.1")!;
        Assert.Null(counter.TryOpen("10.0.0.1"));

        slot.Release();
        slot.Release(); // the closed event and the scope's disposal both release: counted once

        Assert.Equal(0, counter.Total);
        Assert.Equal(0, counter.OpenFor("10.0.0.1"));
        Assert.NotNull(counter.TryOpen("10.0.0.1"));
        Assert.Equal(1, counter.Total);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")] // one client over IPv4 and IPv4-in-IPv6
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientsAreCountedByAddressAndIpv6ByItsNetwork(string address, string key) =>
        Assert.Equal(key, ClientAddress.Of(System.Net.IPAddress.Parse(address)));

    [Fact]
    public void ClientsWithNoKnownAddressShareOneKey() => Assert.Equal("unknown", ClientAddress.Of((System.Net.IPAddress?)null));
}
