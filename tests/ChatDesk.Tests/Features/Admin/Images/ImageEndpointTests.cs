using System.Net;
using System.Text;
using ChatDesk.Features.Admin.Images;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Admin.Images;

/// <summary>Uploaded images through the store and back out of the public endpoint.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ImageEndpointTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public ImageEndpointTests() => factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Images:MaxKilobytes"] = "1" });

    private ImageStore Store => factory.Services.GetRequiredService<ImageStore>();

    [Fact]
    public async Task AStoredPngIsServedWithItsTypeNosniffAndALongCache()
    {
        var png = ImageSnifferTests.Png.Concat(new byte[100]).ToArray();

        var upload = await Store.SaveAsync(new MemoryStream(png), CancellationToken.None);
        var response = await factory.CreateClient().GetAsync(upload.Url);

        Assert.True(ImageStore.IsStoreUrl(upload.Url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AProgramNamedLikeAnImageIsRefusedAndNotStored()
    {
        var upload = await Store.SaveAsync(new MemoryStream(Encoding.Latin1.GetBytes("MZ\x90\x00 this program cannot be run in DOS mode")),
            CancellationToken.None);

        Assert.Equal(ImageRefusal.NotAnImage, upload.Refusal);
        Assert.Null(upload.Url);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task AnImageOverTheLimitIsRefusedAndNotStored()
    {
        var large = ImageSnifferTests.Png.Concat(new byte[1024]).ToArray(); // 1 KB limit in this factory

        var upload = await Store.SaveAsync(new MemoryStream(large), CancellationToken.None);

        Assert.Equal(ImageRefusal.TooLarge, upload.Refusal);
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData("/media/images/0123456789abcdef0123456789abcdef")]
    [InlineData("/media/images/nothing")]
    public async Task AnUnknownImageIsNotFound(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<int> CountAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDesk.Data.ChatDeskDbContext>();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<StoredImage>());
    }

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
