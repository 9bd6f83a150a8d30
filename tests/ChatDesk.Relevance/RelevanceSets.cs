using System.Text.Json;

namespace ChatDesk.Relevance;

/// <summary>One FAQ article of a relevance set; <see cref="Key"/> ties queries to it.</summary>
public sealed record RelevanceArticle(int Key, string Title, string Body);

/// <summary>A customer question and the article that answers it.</summary>
public sealed record RelevanceQuery(string Text, int ArticleKey);

/// <summary>An FAQ-retrieval set loaded as one FAQ folder of one language.</summary>
public sealed record RelevanceSet(string Name, string Language, IReadOnlyList<RelevanceArticle> Articles, IReadOnlyList<RelevanceQuery> Queries);

/// <summary>
/// Reads the shared sets by the protocol in their README: StackFAQ threads are articles (question as title,
/// answers as body) with 5 paraphrases each; every distinct SweFAQ answer is an untitled article its questions
/// must find.
/// </summary>
public static class RelevanceSets
{
    public static string DataFolder =>
        Environment.GetEnvironmentVariable("CHATDESK_RELEVANCE_DATA") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "relevance-data");

    public static IReadOnlyList<RelevanceSet> All() =>
        [StackFaq(Path.Combine(DataFolder, "stackfaq-dev.json")), SweFaq(Path.Combine(DataFolder, "swefaq-dev.jsonl"))];

    public static RelevanceSet StackFaq(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var articles = new List<RelevanceArticle>();
        var queries = new List<RelevanceQuery>();
        foreach (var thread in document.RootElement.GetProperty("threads").EnumerateArray())
        {
            var key = articles.Count;
            var answers = thread.GetProperty("answers").EnumerateArray().Select(a => a.GetString() ?? "");
            articles.Add(new RelevanceArticle(key, thread.GetProperty("question").GetString() ?? "", string.Join("\n\n", answers)));
            queries.AddRange(thread.GetProperty("queries").EnumerateArray().Select(q => new RelevanceQuery(q.GetString() ?? "", key)));
        }
        return new RelevanceSet("StackFAQ", "en", articles, queries);
    }

    public static RelevanceSet SweFaq(string path)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var queries = new List<RelevanceQuery>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            var candidates = row.RootElement.GetProperty("candidate_answers").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            foreach (var answer in candidates) keys.TryAdd(answer, keys.Count);
            var right = candidates[row.RootElement.GetProperty("label").GetInt32()];
            queries.Add(new RelevanceQuery(row.RootElement.GetProperty("question").GetString() ?? "", keys[right]));
        }
        return new RelevanceSet("SweFAQ", "sv", [.. keys.Select(k => new RelevanceArticle(k.Value, "", k.Key))], queries);
    }
}
