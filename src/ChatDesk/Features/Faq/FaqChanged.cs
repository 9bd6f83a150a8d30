using ChatDesk.Features.Conversations;

namespace ChatDesk.Features.Faq;

/// <summary>FAQ articles or folders changed on the node <paramref name="Origin"/>: every other node re-reads just that
/// scope into its own index. Both null means an import touched an unknown set (compare everything).</summary>
public sealed record FaqChanged(Guid Origin, IReadOnlyList<int>? ArticleIds, int? FolderId) : ChatEvent(0, 0);
