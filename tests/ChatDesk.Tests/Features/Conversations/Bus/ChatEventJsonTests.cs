using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Conversations.Bus;
using ChatDesk.Features.Faq;
using ChatDesk.Features.History;
using ChatDesk.Features.Identity;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>Issue 14.2: how events look between nodes.</summary>
public sealed class ChatEventJsonTests
{
    [Fact]
    public void EveryKindOfEventIsKnownToTheWire()
    {
        Assert.Superset(new HashSet<Type>
        {
            typeof(MessageAdded), typeof(SessionChanged), typeof(TypingChanged), typeof(TransferChanged),
            typeof(TranscriptMailChanged), typeof(PresenceChanged), typeof(QueueWarning), typeof(NoteAdded),
            typeof(FaqChanged), typeof(ChannelSettingsSaved), typeof(StaffSessionEnded), typeof(BusReconnected),
        }, ChatEventJson.Kinds.ToHashSet());
    }

    [Fact]
    public void EveryKindOfEventReadsBackAsItWasWritten()
    {
        foreach (var chatEvent in ChatEventSamples.All())
        {
            var json = ChatEventSamples.Json(chatEvent);
            var read = ChatEventJson.Read(json)?.Event;

            Assert.Equal(chatEvent.GetType(), read?.GetType());
            Assert.Equal(json, ChatEventSamples.Json(read!));
        }
    }

    [Fact]
    public void AMessageTravelsWithItsTextAndTheKindByName()
    {
        var json = ChatEventSamples.Json(new MessageAdded(1, 2, 3, new ChatMessage { Text = "Hej", Author = AuthorKind.Customer }));

        Assert.Contains("\"$kind\":\"MessageAdded\"", json);
        Assert.Contains("\"author\":\"Customer\"", json);
        Assert.Contains("\"text\":\"Hej\"", json);
        Assert.DoesNotContain("channelWide", json, StringComparison.OrdinalIgnoreCase); // routing stays home
    }

    [Fact]
    public void AnEventFromANewerNodeIsReadWhereItCanBeAndSkippedWhereItCannot()
    {
        var node = Guid.NewGuid();

        var extra = ChatEventJson.Read($$$"""{"node":"{{{node}}}","event":{"sessionId":4,"channelId":2,"status":"Active","$kind":"SessionChanged","mood":"new field"}}""");
        var unknown = ChatEventJson.Read($$$"""{"node":"{{{node}}}","event":{"$kind":"SomethingNew","sessionId":4}}""");

        Assert.Equal(new SessionChanged(4, 2, SessionStatus.Active), extra?.Event);
        Assert.Equal(node, extra?.Node);
        Assert.Null(unknown);
        Assert.Null(ChatEventJson.Read("not json"));
    }
}
