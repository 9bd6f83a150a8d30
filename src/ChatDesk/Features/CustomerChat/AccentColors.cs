using System.Globalization;

namespace ChatDesk.Features.CustomerChat;

/// <summary>The customer page's accent colours worked out from the channel's colour: the colour itself for
/// buttons and own bubbles, black or white text on it (whichever contrasts more, WCAG), and a version dark
/// enough to be read on white for links, focus rings and stars' borders. An admin may pick any colour, so the
/// page never trusts it to contrast by itself.</summary>
public sealed record AccentColors(string Accent, string TextOnAccent, string AccentOnWhite)
{
    private const string Fallback = "#1565c0";
    /// <summary>WCAG AA for normal text.</summary>
    public const double ReadableRatio = 4.5;

    public static AccentColors For(string? color)
    {
        var rgb = Parse(color) ?? Parse(Fallback)!;
        var accent = Hex(rgb);
        return new AccentColors(accent, TextOn(rgb), Hex(DarkenUntilReadable(rgb)));
    }

    /// <summary>"#000000" or "#ffffff", whichever contrasts more with the colour; one of them always reaches
    /// at least 4.58:1.</summary>
    public static string TextOn(string color) => TextOn(Parse(color) ?? Parse(Fallback)!);

    /// <summary>The WCAG contrast ratio of two colours, 1 to 21.</summary>
    public static double Contrast(string first, string second) =>
        Contrast(Luminance(Parse(first) ?? throw new FormatException(first)), Luminance(Parse(second) ?? throw new FormatException(second)));

    private static string TextOn(int[] rgb)
    {
        var luminance = Luminance(rgb);
        return Contrast(1, luminance) >= Contrast(luminance, 0) ? "#ffffff" : "#000000";
    }

    // Steps towards black keeping the hue, so a pale yellow brand colour still reads as "that yellow, darker".
    private static int[] DarkenUntilReadable(int[] rgb)
    {
        var current = rgb;
        for (var factor = 1.0; Contrast(1, Luminance(current)) < ReadableRatio && factor > 0; factor -= 0.05)
            current = [.. rgb.Select(c => (int)Math.Round(c * factor))];
        return Contrast(1, Luminance(current)) < ReadableRatio ? [0, 0, 0] : current;
    }

    private static double Contrast(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

    private static double Luminance(int[] rgb)
    {
        var linear = rgb.Select(value =>
        {
            var c = value / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }).ToArray();
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[]? Parse(string? color)
    {
        var hex = (color ?? "").Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return null;
        return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
    }

    private static string Hex(int[] rgb) => string.Create(CultureInfo.InvariantCulture, $"#{rgb[0]:x2}{rgb[1]:x2}{rgb[2]:x2}");

    /// <summary>The custom properties the customer page's CSS reads (app.css: --accent, --accent-text, --accent-ink).</summary>
    public string Style => $"--accent: {Accent}; --accent-text: {TextOnAccent}; --accent-ink: {AccentOnWhite}; --channel-color: {Accent};";
}
