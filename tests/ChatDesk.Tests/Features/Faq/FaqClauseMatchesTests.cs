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
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            // Several segments and a deletion, as an updated index has.
            foreach (var (text, i) in Texts.Select((t, i) => (t, i)))
            {
                writer.AddDocument([new StringField("key", i.ToString(), Field.Store.NO), new TextField("body", text, Field.Store.NO)]);
                if (i % 3 == 2) writer.Commit();
            }
            writer.DeleteDocuments(new Term("key", "6"));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Query[] asked =
        [
            new TermQuery(new Term("body", "parcel")),
            new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("body", "password")), new TermQuery(new Term("body", "track")) },
            new FuzzyQuery(new Term("body", "damagd"), 1),
            new PrefixQuery(new Term("body", "return")),
            new TermQuery(new Term("body", "nowhere")),
        ];
        var clauses = asked.Select(searcher.Rewrite).ToList();
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
}
