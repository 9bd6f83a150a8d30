using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
            .AddSingleton<IEmailDomainChecker>(new FakeDomainChecker())
            .AddSingleton(Options.Create(new EmailValidationOptions()))
            .AddSingleton<CustomerEmailCheck>()
            .AddChatDeskMailOutbox();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(provider.GetRequiredService<MailOutbox>());
        Assert.NotNull(provider.GetRequiredService<TemplateRenderer>());
        Assert.NotNull(provider.GetRequiredService<TranscriptMailer>());
        Assert.NotNull(provider.GetRequiredService<TranscriptAddress>());
        Assert.NotNull(provider.GetRequiredService<TicketService>());
        Assert.Same(provider.GetRequiredService<OutboxSender>(), Assert.Single(provider.GetServices<IHostedService>()));
    }
}
