using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>Records every Content-Security-Policy violation Chromium reports on the pages a test opens (it logs
/// each one to the console: "Refused to load ... because it violates the following Content Security Policy
/// directive"), so a test fails when the policy blocked anything a page needed. It listens on the whole browser
/// context, so a second tab or a pop-up the page opens (the widget's chat window) is watched too.</summary>
public sealed class ContentSecurityWatch
{
    private readonly ConcurrentQueue<string> violations = new();

    public void Watch(string name, IBrowserContext context)
    {
        context.Console += (_, message) => Record(name, message.Text, message.Location + " " + message.Page?.Url);
        context.WebError += (_, error) => Record(name, error.Error, error.Page?.Url ?? "");
    }

    private void Record(string name, string text, string location)
    {
        if (text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) ||
            text.Contains("Refused to", StringComparison.Ordinal))
            violations.Enqueue($"{name}: {text} ({location})");
    }

    public void AssertNone() =>
        Assert.True(violations.IsEmpty, "Content-Security-Policy violations:\n" + string.Join("\n", violations));
}
