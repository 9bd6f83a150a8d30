using ChatDesk.Features.Faq;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>The fusion maps its semantic candidates (article ids) to Lucene documents and keyword hits back through
/// <see cref="FaqSearcher"/>: over several segments, and with an updated article's old document still in its segment.</summary>
public sealed class FaqSearcherTests
{
    [Fact]
    public void MapsArticlesAndTheirLiveDocumentsBothWaysAcrossSegments()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        foreach (var id in new[] { 11, 12, 13 }) writer.AddDocument(Article(id, "first"));
        writer.Commit(); // a second segment from here
        foreach (var id in new[] { 14, 15 }) writer.AddDocument(Article(id, "first"));
        // Article 12 edited: its old document is deleted, the new one lands in a later segment.
        writer.UpdateDocument(new Term("key", "12"), Article(12, "edited"));
        // Article 15 removed.
        writer.DeleteDocuments(new Term("key", "15"));
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var searcher = new FaqSearcher(reader);

        Assert.True(reader.Leaves.Count > 1);
        foreach (var id in new[] { 11, 12, 13, 14 })
        {
            var doc = Assert.IsType<int>(searcher.DocOf(id));
            Assert.Equal(id, searcher.ArticleOf(doc));
            Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), searcher.Doc(doc).Get("key"));
        }
        Assert.Equal("edited", searcher.Doc(searcher.DocOf(12)!.Value).Get("text"));
        Assert.Null(searcher.DocOf(15));
        Assert.Null(searcher.DocOf(99));
    }

    private static Document Article(int id, string text) =>
    [
        new StringField("key", id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
        new NumericDocValuesField(FaqSearchIndex.IdValueField, id),
        new StringField("text", text, Field.Store.YES),
    ];
}
