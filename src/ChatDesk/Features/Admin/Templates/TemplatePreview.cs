using ChatDesk.Features.Email;

namespace ChatDesk.Features.Admin.Templates;

/// <summary>Renders a template with made-up values through the real renderer, so the preview is what a customer
/// would get, placeholders and all.</summary>
public sealed class TemplatePreview(TemplateRenderer renderer)
{
    private static readonly DateTimeOffset SampleTime = new(2026, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));

    public RenderedMail Render(ReplyTemplate template) => renderer.Render(template, SampleValues(template.Language));

    public static TemplateValues SampleValues(string? language) => language == "sv"
        ? new TemplateValues("Alex Exempel", "Anna", "Exempelbolaget Kundtjänst", SampleTime,
            [new(SampleTime, "Alex Exempel", "Hej, var är mitt paket?"), new(SampleTime.AddMinutes(1), "Anna", "Jag kollar det åt dig.")],
            1042, "Var är mitt paket?")
        : new TemplateValues("Alex Sample", "Anna", "Example Support", SampleTime,
            [new(SampleTime, "Alex Sample", "Hello, where is my parcel?"), new(SampleTime.AddMinutes(1), "Anna", "Let me check that for you.")],
            1042, "Where is my parcel?");
}
