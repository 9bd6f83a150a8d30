namespace ChatDesk.Features.Faq;

/// <summary>
/// One language's article vectors as questions see them: immutable, replaced as a whole after a build or update.
/// Flat in one array so that ranking all of them is one pass of dot products over contiguous memory (10,000
/// articles of 384 values: about a millisecond).
/// </summary>
internal sealed class FaqVectors
{
    private readonly int[] articleIds;
    private readonly int[][] folders;
    private readonly float[] values;
    private readonly int dimensions;

    public FaqVectors(IReadOnlyList<(int ArticleId, int[] Folders, float[] Vector)> articles)
    {
        dimensions = articles.Count == 0 ? 0 : articles[0].Vector.Length;
        var usable = articles.Where(a => a.Vector.Length == dimensions).ToList();
        articleIds = [.. usable.Select(a => a.ArticleId)];
        folders = [.. usable.Select(a => a.Folders)];
        values = new float[usable.Count * dimensions];
        for (var i = 0; i < usable.Count; i++) usable[i].Vector.CopyTo(values, i * dimensions);
    }

    public int Count => articleIds.Length;

    /// <summary>The <paramref name="max"/> articles (in the folder or below it, when given) nearest the question
    /// vector, best first, with their cosine.</summary>
    public List<(int ArticleId, float Cosine)> Nearest(float[] question, int? folder, int max)
    {
        var best = new List<(int ArticleId, float Cosine)>(max + 1);
        if (question.Length != dimensions || max <= 0) return best;
        var span = values.AsSpan();
        for (var i = 0; i < articleIds.Length; i++)
        {
            if (folder is { } wanted && Array.IndexOf(folders[i], wanted) < 0) continue;
            var cosine = FaqVectorMath.Dot(question, span.Slice(i * dimensions, dimensions));
            if (best.Count == max && cosine <= best[^1].Cosine) continue;
            // A loop, not FindIndex with a lambda: the lambda's closure over the cosine was allocated for every
            // article, a quarter of a megabyte per question.
            var at = 0;
            while (at < best.Count && best[at].Cosine >= cosine) at++;
            best.Insert(at, (articleIds[i], cosine));
            if (best.Count > max) best.RemoveAt(max);
        }
        return best;
    }
}
