using System.Globalization;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>Contrast of white and black text on a channel colour, by the WCAG 2 formula.</summary>
/// <param name="White">Contrast ratio of white text on the colour, 1 to 21.</param>
/// <param name="Black">Contrast ratio of black text on the colour, 1 to 21.</param>
public sealed record ColourContrast(double White, double Black)
{
    /// <summary>WCAG AA for normal text.</summary>
    public const double Minimum = 4.5;

    /// <summary>The customer page writes white text on the channel colour (button, header), so white is what must pass.</summary>
    public bool WhiteTooLow => White < Minimum;

    /// <summary>The contrast for a "#rrggbb" colour, or null when the text is not one.</summary>
    public static ColourContrast? Of(string? hex)
    {
        if (hex is not { Length: 7 } || hex[0] != '#'
            || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
            return null;
        var luminance = Luminance((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
        return new ColourContrast(Ratio(1.0, luminance), Ratio(luminance, 0.0));
    }

    /// <summary>A ratio as shown, rounded down to one decimal so 4.48 never reads as a passing "4.5".</summary>
    public static string Show(double ratio, CultureInfo culture) => (Math.Floor(ratio * 10) / 10).ToString("0.0", culture);

    /// <summary>Relative luminance of an sRGB colour (0 black to 1 white).</summary>
    public static double Luminance(int red, int green, int blue) =>
        0.2126 * Linear(red) + 0.7152 * Linear(green) + 0.0722 * Linear(blue);

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double Ratio(double lighter, double darker) => (lighter + 0.05) / (darker + 0.05);
}
