namespace ChatDesk.Features.Admin.Images;

public static class ImagesServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskImages(this IServiceCollection services)
    {
        services.AddOptions<ImageOptions>().BindConfiguration(ImageOptions.Section);
        services.AddSingleton<ImageStore>();
        services.AddSingleton<StaffPhotos>();
        services.AddSingleton<ImageSweep>();
        return services;
    }

    /// <summary>Logos and staff photos are public (the customer page shows them to anyone). An image never changes
    /// under its id, so it is cached for a year; nosniff keeps browsers to the sniffed type.</summary>
    public static IEndpointRouteBuilder MapChatDeskImages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ImageStore.PathPrefix + "{id}", async (string id, HttpContext http, ImageStore store) =>
        {
            var image = id.Length == 32 ? await store.FindAsync(id, http.RequestAborted) : null;
            if (image is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'";
            return Results.File(image.Content, image.ContentType);
        }).AllowAnonymous();
        return endpoints;
    }
}
