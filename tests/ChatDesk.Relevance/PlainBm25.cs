using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatDesk.Relevance;

/// <summary>
/// The baseline of the issue: lower-case words, no stemming, no stop words, title and body as one text, Lucene's
/// BM25 with its default k1 and b, top hits shown without any cut-off.
/// </summary>
public sealed class PlainBm25
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    private readonly IndexSearcher searcher;

    public PlainBm25(IEnumerable<RelevanceArticle> articles)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, Words) { Similarity = new BM25Similarity() }))
        {
            foreach (var article in articles)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("key", article.Key),
                    new TextField("text", article.Title + "\n" + article.Body, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<int> Search(string question, int max)
    {
        var query = new BooleanQuery();
        foreach (var word in Tokens(question).Distinct().Take(BooleanQuery.MaxClauseCount))
            query.Add(new TermQuery(new Term("text", word)), Occur.SHOULD);
        if (query.Clauses.Count == 0 || searcher.IndexReader.MaxDoc == 0) return [];
        return [.. searcher.Search(query, Math.Min(max, searcher.IndexReader.MaxDoc)).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc).GetField("key").GetInt32Value() ?? -1)];
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = Words.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
