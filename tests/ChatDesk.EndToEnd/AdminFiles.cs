using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;

namespace ChatDesk.EndToEnd;

/// <summary>Files for the admin upload tests, chosen through the page's own button as a user does.</summary>
internal static class AdminFiles
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>The start of a Windows program.</summary>
    public static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static async Task ChooseAsync(IPage page, string button, string name, byte[] content, string mimeType)
    {
        var chooser = FileChoosers.Next(page);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await (await chooser.Within()).SetFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
    }
}
