using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Faq;

/// <summary>
/// The semantic half of the index: every article of a language with a model (<see cref="IFaqEmbedder"/>) has a
/// sentence vector, stored with the article and kept in memory beside its Lucene document. A vector is computed
/// when the index takes in an article without a current one (a save or import clears it with the text, an old row
/// never had one, another model made it) and written back, so the next build reads it instead of recomputing.
/// </summary>
public sealed partial class FaqSearchIndex
{
    // Per article id: its vector. Used only under `writing`; questions see `vectors`.
    private Dictionary<int, float[]> embedded = [];
    private IReadOnlyDictionary<string, FaqVectors> vectors = new Dictionary<string, FaqVectors>();

    /// <summary>What an article's vector is computed from: its title, then its body (the model reads the start).</summary>
    internal static string EmbeddingText(string title, string body) => title.Length == 0 ? body : title + ".\n" + body;

    // Under `writing`, in an update: the vectors of the articles whose documents changed.
    private async Task EmbedChangedAsync(IReadOnlyCollection<ArticleText> changed, IReadOnlyCollection<string> touched, CancellationToken ct)
    {
        await EmbedAsync(changed, embedded, ct);
        PublishVectors(languages, touched);
    }

    // Under `writing`. Gives each article of a language with a model its vector: the stored one when the same model
    // made it, else a new one, written back only while the row still holds the text it was computed from.
    private async Task EmbedAsync(IReadOnlyCollection<ArticleText> articles, Dictionary<int, float[]> into, CancellationToken ct)
    {
        if (embedder is null) return;
        var wanted = articles.Where(a => embedder.ModelFor(a.Language) is not null).ToList();
        foreach (var article in articles.Except(wanted)) into.Remove(article.Id);
        if (wanted.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = wanted.Select(a => a.Id).ToList();
        var stored = await db.FaqArticles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Embedding, a.EmbeddingModel }).ToDictionaryAsync(a => a.Id, ct);
        foreach (var article in wanted)
        {
            var model = embedder.ModelFor(article.Language);
            if (stored.GetValueOrDefault(article.Id) is { Embedding: { Length: > 0 } bytes } row && row.EmbeddingModel == model)
            {
                into[article.Id] = FaqVectorMath.FromBytes(bytes);
                continue;
            }
            var (title, body) = (article.Title, article.Body);
            if (embedder.Embed(article.Language, EmbeddingText(title, body)) is not { } vector)
            {
                into.Remove(article.Id);
                continue;
            }
            into[article.Id] = vector;
            var bytesOut = FaqVectorMath.ToBytes(vector);
            await db.FaqArticles.Where(a => a.Id == article.Id && a.Title == title && a.Body == body)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Embedding, bytesOut).SetProperty(a => a.EmbeddingModel, model), ct);
        }
    }

    // Under `writing`, after the languages' documents changed: their vectors as questions will see them.
    private void PublishVectors(IReadOnlyDictionary<string, LanguageIndex> indexes, IEnumerable<string> touched)
    {
        var next = new Dictionary<string, FaqVectors>(Volatile.Read(ref vectors));
        foreach (var language in touched)
        {
            var with = indexes.TryGetValue(language, out var index)
                ? [.. index.Articles.Values.Where(a => embedded.ContainsKey(a.Id)).Select(a => (a.Id, Folders(a), embedded[a.Id]))]
                : new List<(int, int[], float[])>();
            if (with.Count == 0) next.Remove(language);
            else next[language] = new FaqVectors(with);
        }
        Volatile.Write(ref vectors, next);
    }

    private static int[] Folders(IndexedArticle article) =>
        [.. article.FolderIds.Split(Separator, StringSplitOptions.RemoveEmptyEntries).Select(f => int.Parse(f, CultureInfo.InvariantCulture))];
}
