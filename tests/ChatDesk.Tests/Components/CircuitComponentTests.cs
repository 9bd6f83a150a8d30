using Bunit;
using ChatDesk.Components;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Components;

public sealed class CircuitComponentTests : ComponentTestContext
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task ATimerTicksOnTheRendererUntilTheComponentIsDisposed()
    {
        var ticking = Render<Ticking>(p => p.Add(t => t.Time, time));
        time.Advance(TimeSpan.FromSeconds(1));
        ticking.WaitForAssertion(() => Assert.Equal(1, ticking.Instance.Ticks));
        var component = ticking.Instance;

        await DisposeComponentsAsync();
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, component.Ticks);
        Assert.True(component.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task WorkArrivingAfterDisposeIsDroppedQuietly()
    {
        var ticking = Render<Ticking>(p => p.Add(t => t.Time, time));
        var component = ticking.Instance;
        await DisposeComponentsAsync();
        var ran = false;

        await component.DeliverAsync(() => { ran = true; throw new InvalidOperationException("too late"); });

        Assert.False(ran);
    }

    private sealed class Ticking : CircuitComponent
    {
        [Parameter] public TimeProvider Time { get; set; } = TimeProvider.System;

        public int Ticks { get; private set; }

        public CancellationToken Token => Aborted;

        public Task DeliverAsync(Func<Task> work) => OnRendererAsync(work);

        protected override void OnAfterRender(bool firstRender)
        {
            if (firstRender) Every(TimeSpan.FromSeconds(1), () => { Ticks++; return Task.CompletedTask; }, Time);
        }
    }
}
