using MudBlazor;

namespace ChatDesk.Components.Layout;

/// <summary>
/// The one staff theme for workspace, supervisor and admin pages (StaffLayout's theme provider). Its primary is the
/// blue of the staff composer's Send button and the sign-in page, so no stock MudBlazor purple sits beside it.
/// MudBlazor's default status colours are too light for text on a white or tinted background (axe's contrast rule
/// fails for alerts and field errors); these darker shades pass WCAG AA at normal text size.
/// </summary>
public static class StaffTheme
{
    public const string Primary = "#1565c0";

    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Primary,
            PrimaryDarken = "#0d47a1",
            PrimaryLighten = "#e3f2fd",
            Secondary = "#00695c",
            Tertiary = "#4e342e",
            AppbarBackground = "#0d47a1",
            Background = "#f5f7fa",
            // MudBlazor's default grey (60% black) is 4.48:1 on this background, just under AA; helper texts use it.
            TextSecondary = "#5c5f66",
            Error = "#b71c1c",
            Success = "#1b5e20",
            Info = "#0d47a1",
            Warning = "#8a4b00",
        },
        // Sentence case: all-caps buttons read as shouting and are harder to scan.
        Typography = new Typography
        {
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
