using ChatDesk.Features.Admin.Images;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Features.Admin.Images;

/// <summary>Replaced logos and staff photos are deleted after a grace period; images in use and new uploads stay.</summary>
public sealed class ImageSweepTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();

    private ImageStore Store => new(world.Database, Options.Create(new ImageOptions()), world.Time);

    private async Task<string> UploadAsync() =>
        (await Store.SaveAsync(new MemoryStream(ImageSnifferTests.Png.Concat(new byte[64]).ToArray()), None)).Url!;

    private async Task<List<string>> StoredAsync()
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Set<StoredImage>().Select(i => ImageStore.PathPrefix + i.Id).ToListAsync();
    }

    [Fact]
    public async Task OnlyOldImagesThatNothingUsesAreDeleted()
    {
        var replacedLogo = await UploadAsync();
        var logo = await UploadAsync();
        var photo = await UploadAsync();
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Channels.Where(c => c.Id == world.ChannelId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Look.LogoUrl, logo));
            await db.Users.Where(u => u.Id == "anna").ExecuteUpdateAsync(u => u.SetProperty(x => x.PhotoUrl, photo));
        }
        world.Time.Advance(ImageSweep.Grace + TimeSpan.FromMinutes(1));
        var justUploaded = await UploadAsync(); // into a channel form not saved yet

        var deleted = await new ImageSweep(world.Database, world.Time).RunAsync(None);

        Assert.Equal(1, deleted);
        Assert.Equal(new[] { logo, photo, justUploaded }.Order(), (await StoredAsync()).Order());
        Assert.DoesNotContain(replacedLogo, await StoredAsync());
    }

    [Fact]
    public async Task ASecondPassFindsNothingMore()
    {
        await UploadAsync();
        world.Time.Advance(ImageSweep.Grace * 2);
        var sweep = new ImageSweep(world.Database, world.Time);

        Assert.Equal(1, await sweep.RunAsync(None));
        Assert.Equal(0, await sweep.RunAsync(None));
        Assert.Empty(await StoredAsync());
    }

    public void Dispose() => world.Dispose();
}
