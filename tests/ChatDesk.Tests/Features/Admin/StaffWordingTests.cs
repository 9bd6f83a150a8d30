using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ChatDesk.Features.Channels;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Admin;

/// <summary>Staff read one Swedish word for agent, and validation names the field as its label does.</summary>
public sealed partial class StaffWordingTests
{
    [Fact]
    public void SwedishTextsCallAnAgentHandläggare()
    {
        var folder = Path.Combine(Root(), "src", "ChatDesk", "Resources");
        var offenders = Directory.GetFiles(folder, "*.sv.resx")
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Where(d => AgentWord().IsMatch(d.Element("value")?.Value ?? ""))
                .Select(d => $"{Path.GetFileName(file)}: {d.Attribute("name")!.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("en", "'Colour' must be a colour such as #1565c0.")]
    [InlineData("sv", "\"Färg\" måste vara en färg som #1565c0.")]
    public void AChannelValidationMessageNamesTheFieldByItsLabel(string language, string expected)
    {
        var channel = new ChatChannel { Name = "Support", Slug = "support", Look = new WidgetLook { Color = "green" } };

        var errors = ValidationText.Under(CultureInfo.GetCultureInfo(language == "sv" ? "sv-SE" : "en"),
            () => new ChatChannelValidator().Validate(channel).Errors);

        Assert.Contains(expected, errors.Where(e => e.PropertyName == "Look.Color").Select(e => e.ErrorMessage));
    }

    [GeneratedRegex(@"(?i)\bagent(en|er|erna|ens|ernas)?\b")]
    private static partial Regex AgentWord();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatDesk.sln"))) return dir.FullName;
        throw new InvalidOperationException("ChatDesk.sln not found");
    }
}
