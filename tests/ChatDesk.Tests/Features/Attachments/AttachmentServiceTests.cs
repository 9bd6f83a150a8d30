using ChatDesk.Features.Attachments;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Privacy;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.Attachments;

public sealed class AttachmentServiceTests : IDisposable
{
    private readonly AgentWorld world = new();
    private readonly AttachmentService attachments;

    public AttachmentServiceTests() => attachments = new AttachmentService(world.Database, world.Get<ConversationService>(),
        new DatabaseAttachmentStore(world.Database), Options.Create(new AttachmentOptions { MaxMegabytes = 1, MaxPerChat = 2 }), world.Time);

    private Task<AttachRefusal> AttachAsync(AttachmentTarget target, string name, byte[] bytes, long? reportedSize = null) =>
        attachments.AttachAsync(target, name, reportedSize ?? bytes.Length, _ => new MemoryStream(bytes), Guid.NewGuid(), CancellationToken.None);

    [Fact]
    public async Task ACustomersFileIsStoredWithItsOwnMessageInTheChatsSequence()
    {
        var chat = await world.ActiveChatAsync("anna", "Eva");
        Assert.Equal(AttachRefusal.None, await AttachAsync(AttachmentTarget.Customer(chat), "../photo.png", AttachmentBytes.Png));

        var messages = await world.Get<ConversationService>().MessagesAfterAsync(chat, 0, CancellationToken.None);
        var message = Assert.Single(messages, m => m.Kind == MessageKind.Attachment);
        Assert.Equal(("photo.png", AuthorKind.Customer, "Eva", messages.Max(m => m.Sequence)),
            (message.Text, message.Author, message.AuthorName, message.Sequence));
        var stored = Assert.Single(await attachments.OfSessionAsync(chat, CancellationToken.None));
        Assert.Equal((message.Id, "image/png", (long)AttachmentBytes.Png.Length), (stored.MessageId, stored.ContentType, stored.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(AttachmentBytes.Png)), stored.Sha256);
        Assert.Equal(AttachmentBytes.Png, await attachments.ContentAsync(stored, CancellationToken.None));
    }

    [Fact]
    public async Task ARefusedFileLeavesNothingBehind()
    {
        var queued = await world.StartChatAsync("Eva");
        Assert.Equal(AttachRefusal.NotActive, await AttachAsync(AttachmentTarget.Customer(queued), "photo.png", AttachmentBytes.Png));
        var active = await world.ActiveChatAsync("anna", "Olof");
        Assert.Equal(AttachRefusal.Executable, await AttachAsync(AttachmentTarget.Customer(active), "invoice.pdf", AttachmentBytes.Exe));
        // Another agent's chat is not theirs to attach to.
        Assert.Equal(AttachRefusal.NotActive, await AttachAsync(AttachmentTarget.Agent(active, "bo"), "a.pdf", AttachmentBytes.Pdf));

        await using var db = world.Database.CreateDbContext();
        Assert.Equal(0, await db.Set<ChatAttachment>().CountAsync());
        Assert.Equal(0, await db.Set<AttachmentBlob>().CountAsync());
        Assert.DoesNotContain(await db.Messages.ToListAsync(), m => m.Kind == MessageKind.Attachment);
    }

    [Fact]
    public async Task AFileLargerThanItClaimedIsReadOnlyUpToTheLimitAndRefused()
    {
        var chat = await world.ActiveChatAsync("anna", "Eva");
        var stream = new CountingStream(new byte[5 * 1024 * 1024]);
        var outcome = await attachments.AttachAsync(AttachmentTarget.Customer(chat), "big.txt", 100, _ => stream, Guid.NewGuid(), CancellationToken.None);
        Assert.Equal(AttachRefusal.TooLarge, outcome);
        Assert.Equal(1024 * 1024 + 1, stream.BytesRead);
    }

    [Fact]
    public async Task TheCountPerChatCoversBothSides()
    {
        var chat = await world.ActiveChatAsync("anna", "Eva");
        Assert.Equal(AttachRefusal.None, await AttachAsync(AttachmentTarget.Customer(chat), "a.pdf", AttachmentBytes.Pdf));
        Assert.Equal(AttachRefusal.None, await AttachAsync(AttachmentTarget.Agent(chat, "anna"), "b.pdf", AttachmentBytes.Pdf));
        Assert.Equal(AttachRefusal.TooMany, await AttachAsync(AttachmentTarget.Customer(chat), "c.pdf", AttachmentBytes.Pdf));
    }

    [Fact]
    public async Task ErasingAChatRemovesItsFilesAndTheirBytes()
    {
        var chat = await world.ActiveChatAsync("anna", "Eva");
        var other = await world.ActiveChatAsync("anna", "Olof");
        await AttachAsync(AttachmentTarget.Customer(chat), "a.pdf", AttachmentBytes.Pdf);
        await AttachAsync(AttachmentTarget.Customer(other), "b.pdf", AttachmentBytes.Pdf);

        await using var db = world.Database.CreateDbContext();
        await PersonalDataAnonymizer.SessionsAsync(db, [chat], world.Time.GetUtcNow(), CancellationToken.None);

        Assert.Empty(await attachments.OfSessionAsync(chat, CancellationToken.None));
        Assert.Equal([other], await db.Set<AttachmentBlob>().Select(b => b.SessionId).ToListAsync());
        Assert.Single(await attachments.OfSessionAsync(other, CancellationToken.None));
    }

    public void Dispose() => world.Dispose();

    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
