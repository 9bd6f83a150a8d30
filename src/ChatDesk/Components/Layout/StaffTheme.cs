using MudBlazor;

namespace ChatDesk.Components.Layout;

/// <summary>
/// MudBlazor's default status colours are too light for text on a white or tinted background (axe's
/// contrast rule fails for alerts and field errors); these darker shades pass WCAG AA at normal text size.
/// </summary>
public static class StaffTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            Error = "#b71c1c",
            Success = "#1b5e20",
            Info = "#0d47a1",
            Warning = "#8a4b00",
        },
    };
}
