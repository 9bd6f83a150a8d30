namespace ChatDesk.Features.Admin.Images;

/// <summary>Configuration section "Images".</summary>
public sealed class ImageOptions
{
    public const string Section = "Images";

    /// <summary>Largest logo or staff photo accepted, in kilobytes (1024 bytes).</summary>
    public int MaxKilobytes { get; set; } = 512;
}
