using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatDesk.Tests.Features.Email;

public sealed class MailServiceCollectionExtensionsTests
{
    [Fact]
    public void EveryMailServiceResolvesAndTheHostedSenderIsTheRegisteredOne()
    {
        using var database = new MailTestDatabase();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IDbContextFactory<ChatDeskDbContext>>(database)
            .AddSingleton<IEmailSender, FakeEmailSender>()
            .AddSingleton<IChatEvents, RecordingChatEvents>()
            .AddSingleton<ConversationService>()
            .AddChatDeskMailOutbox();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<MailOutbox>());
        Assert.NotNull(provider.GetRequiredService<TemplateRenderer>());
        Assert.NotNull(provider.GetRequiredService<TranscriptMailer>());
        Assert.NotNull(provider.GetRequiredService<TicketService>());
        Assert.Same(provider.GetRequiredService<OutboxSender>(), Assert.Single(provider.GetServices<IHostedService>()));
    }
}
