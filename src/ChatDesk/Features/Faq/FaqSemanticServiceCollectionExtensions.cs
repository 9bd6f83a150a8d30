namespace ChatDesk.Features.Faq;

internal static class FaqSemanticServiceCollectionExtensions
{
    /// <summary>Semantic FAQ ranking (`Faq:Semantic`): the index takes the embedder when it is registered.</summary>
    public static IServiceCollection AddChatDeskFaqSemantic(this IServiceCollection services) =>
        services.AddSingleton<IFaqEmbedder, MiniLmFaqEmbedder>();
}
