using ChatDesk.Features.Faq;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>The confidence's coverage asks <see cref="FaqClauseMatches"/> instead of Lucene's Explain (much cheaper
/// per question); both must agree on every document and clause, or suggestions would change.</summary>
public sealed class FaqClauseMatchesTests
{
    private static readonly string[] Texts =
    [
        "return an item within thirty days", "parcel arrived damaged", "track my parcel", "forgot password reset link",
        "returning items is free", "delivery takes three days", "damaged item returned", "password",
    ];

    [Fact]
    public void EveryClauseMatchesExactlyTheDocumentsLuceneExplainsAsMatches()
    {
        using var directory = new RAMDirectory();
        using var reader = SegmentedIndex(directory);
        var searcher = new IndexSearcher(reader);
        var clauses = Asked.Select(searcher.Rewrite).ToList();
        var matches = new FaqClauseMatches(searcher, clauses);

        var checkedMatches = 0;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
            for (var clause = 0; clause < clauses.Count; clause++)
            {
                var explained = searcher.Explain(clauses[clause], doc).IsMatch;
                Assert.Equal(explained, matches.Matches(clause, doc));
                if (explained) checkedMatches++;
            }
        // Not vacuous: parcel ×2, password ×2 + track ×1, damaged ×1 (one deleted), return… ×2 (one deleted).
        Assert.Equal(8, checkedMatches);
    }

    /// <summary>Each clause keeps its scorer while the documents asked about ascend; asked backwards, or the same
    /// document twice, it must still answer as Explain does, with Explain's score.</summary>
    [Fact]
    public void DocumentsAskedOutOfOrderGetTheSameScoresAsExplain()
    {
        using var directory = new RAMDirectory();
        using var reader = SegmentedIndex(directory);
        var searcher = new IndexSearcher(reader);
        var clauses = Asked.Select(searcher.Rewrite).ToList();
        var matches = new FaqClauseMatches(searcher, clauses);
        int[] order = [.. Enumerable.Range(0, reader.MaxDoc).Reverse(), 2, 2, 0, 7, 3];

        var scored = 0;
        foreach (var doc in order)
            for (var clause = 0; clause < clauses.Count; clause++)
            {
                var explained = searcher.Explain(clauses[clause], doc);
                var score = matches.Score(clause, doc);
                Assert.Equal(explained.IsMatch, score is not null);
                if (score is { } value) Assert.Equal(explained.Value, value, 5);
                if (score is not null) scored++;
            }
        Assert.True(scored > 8, $"only {scored} matches checked");
    }

    /// <summary>The question's terms looked up once (<see cref="FaqTermStates"/>) find what the reader finds, and
    /// term queries carrying those states score every document as plain term queries do.</summary>
    [Fact]
    public void TermStatesLookedUpOnceScoreAsLuceneLooksThemUp()
    {
        using var directory = new RAMDirectory();
        using var reader = SegmentedIndex(directory);
        var searcher = new IndexSearcher(reader);
        var terms = new FaqTermStates(reader);
        foreach (var word in new[] { "parcel", "password", "damaged", "days", "nowhere" })
        {
            Assert.Equal(reader.DocFreq(new Term("body", word)), terms.DocFreq("body", word));
            var plain = searcher.Search(new TermQuery(new Term("body", word)), 10).ScoreDocs;
            var carried = searcher.Search(terms.Query("body", word), 10).ScoreDocs;
            Assert.Equal(plain.Select(h => (h.Doc, h.Score)), carried.Select(h => (h.Doc, h.Score)));
        }
        Assert.Equal(0, terms.DocFreq("nofield", "parcel"));
    }

    private static Query[] Asked =>
    [
        new TermQuery(new Term("body", "parcel")),
        new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("body", "password")), new TermQuery(new Term("body", "track")) },
        new FuzzyQuery(new Term("body", "damagd"), 1),
        new PrefixQuery(new Term("body", "return")),
        new TermQuery(new Term("body", "nowhere")),
    ];

    // Several segments and a deletion, as an updated index has.
    private static DirectoryReader SegmentedIndex(RAMDirectory directory)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var (text, i) in Texts.Select((t, i) => (t, i)))
            {
                writer.AddDocument([new StringField("key", i.ToString(), Field.Store.NO), new TextField("body", text, Field.Store.NO)]);
                if (i % 3 == 2) writer.Commit();
            }
            writer.DeleteDocuments(new Term("key", "6"));
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }
}
