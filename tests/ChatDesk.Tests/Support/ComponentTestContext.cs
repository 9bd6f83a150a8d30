using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ChatDesk.Tests.Support;

/// <summary>Shared bUnit context: loose JS interop and MudBlazor services with transitions off. Disposed
/// asynchronously (IAsyncLifetime): some MudBlazor services can only be disposed that way.</summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddSingleton(TimeProvider.System);
    }
}
