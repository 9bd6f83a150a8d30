using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Faq;

/// <summary>
/// The one way admin changes reach the FAQ index: this node's index is updated before the call returns (the admin's
/// next question sees the edit), then <see cref="FaqChanged"/> goes over the event bus so every other node updates its
/// own index from the database (rule 1: the event only says "look"). <see cref="FaqIndexFollower"/> applies those.
/// </summary>
public sealed class FaqIndexChanges(FaqSearchIndex index, IChatEvents events)
{
    /// <summary>This node, so it does not apply its own changes twice.</summary>
    public Guid Node { get; } = Guid.NewGuid();

    public async Task ArticlesChangedAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct)
    {
        await index.ArticlesChangedAsync(articleIds, ct);
        events.Publish(new FaqChanged(Node, [.. articleIds], null));
    }

    public async Task FolderChangedAsync(int folderId, CancellationToken ct)
    {
        await index.FolderChangedAsync(folderId, ct);
        events.Publish(new FaqChanged(Node, null, folderId));
    }

    public async Task SyncAsync(CancellationToken ct)
    {
        await index.SyncAsync(ct);
        events.Publish(new FaqChanged(Node, null, null));
    }

    /// <summary>Applies a change made on another node to this node's index.</summary>
    internal Task ApplyAsync(FaqChanged change, CancellationToken ct) => change switch
    {
        { ArticleIds: { } ids } => index.ArticlesChangedAsync(ids, ct),
        { FolderId: { } folder } => index.FolderChangedAsync(folder, ct),
        _ => index.SyncAsync(ct),
    };
}
