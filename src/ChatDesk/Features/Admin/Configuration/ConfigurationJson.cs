using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>Reads and writes the file. Reading is strict (unknown properties and nulls where a value is needed
/// are problems), so a typo is reported instead of silently ignored.</summary>
internal static class ConfigurationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Readable Swedish in the file; it is downloaded as an attachment, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static string Write(ConfigurationDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>The document, or the one problem that stopped reading it (with its line and position).</summary>
    public static (ConfigurationDocument? Document, ConfigurationProblem? Problem) Read(string json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<ConfigurationDocument>(json, Options);
            return document is null ? (null, new ConfigurationProblem("$", "the file holds no configuration (null).")) : (document, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})" : "";
            return (null, new ConfigurationProblem(JsonPath(ex.Path), FirstSentence(ex.Message) + where));
        }
    }

    // System.Text.Json says "$.channels[0].slug"; the problems list says "channels[0].slug".
    private static string JsonPath(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "$" : path.TrimStart('$', '.');

    // Its messages end with "Path: ... | LineNumber: ..." which the problem already says in its own words.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>One thing wrong with a file: where (a JSON path such as "channels[1].hours.days[0].close") and what.</summary>
public sealed record ConfigurationProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
