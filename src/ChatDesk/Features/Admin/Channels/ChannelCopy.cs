using System.Reflection;
using System.Text.Json;
using ChatDesk.Features.Channels;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>Deep copies of channels, so an edit form never shares objects with a saved or tracked channel.</summary>
public static class ChannelCopy
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    // Every setting, found by reflection so a setting added to ChatChannel later is saved without touching this.
    private static readonly PropertyInfo[] Settings = typeof(ChatChannel).GetProperties()
        .Where(p => p.CanWrite && p.Name is not (nameof(ChatChannel.Id) or nameof(ChatChannel.Members)))
        .ToArray();

    public static ChatChannel Clone(ChatChannel channel) =>
        JsonSerializer.Deserialize<ChatChannel>(JsonSerializer.Serialize(channel, Json), Json)!;

    /// <summary>Copies every setting except the id and the members onto <paramref name="target"/>.</summary>
    public static void ApplySettings(ChatChannel target, ChatChannel source)
    {
        var copy = Clone(source);
        foreach (var property in Settings)
            property.SetValue(target, property.GetValue(copy));
    }
}
