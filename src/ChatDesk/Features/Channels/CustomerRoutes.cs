namespace ChatDesk.Features.Channels;

/// <summary>Which request paths are customer pages, and which channel they belong to.</summary>
public static class CustomerRoutes
{
    public static bool IsCustomerPath(PathString path) =>
        path.StartsWithSegments("/chat") || path.StartsWithSegments("/faq") || path.StartsWithSegments("/not-found");

    public static string? ChannelSlug(PathString path)
    {
        if (!path.StartsWithSegments("/chat", out var rest)) return null;
        var slug = rest.Value?.Trim('/').Split('/')[0];
        return string.IsNullOrEmpty(slug) ? null : slug;
    }
}
