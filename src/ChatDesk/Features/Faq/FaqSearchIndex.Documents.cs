using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSearchIndex
{
    // Joins folder ids and names in IndexedArticle; a control character no folder name contains.
    private const char Separator = '\u001f';

    /// <summary>One language's writable index and what each of its documents was built from. Used only under
    /// <see cref="writing"/>; questions see it through the immutable searchers <see cref="Open"/> hands out.</summary>
    private sealed class LanguageIndex : IDisposable
    {
        private readonly IndexWriter writer;
        private readonly string[] extraFields;

        /// <param name="extra">More fields of the article's title and body, each with its own analysis (Swedish compound parts and roots).</param>
        public LanguageIndex(string language, IReadOnlyDictionary<string, Analyzer> extra)
        {
            var fields = new Dictionary<string, Analyzer>(extra) { [ReversedField] = FaqAnalyzers.ReversedFor(language) };
            extraFields = [.. extra.Keys];
            var analyzer = new PerFieldAnalyzerWrapper(FaqAnalyzers.For(language), fields);
            writer = new IndexWriter(new RAMDirectory(),
                new IndexWriterConfig(FaqAnalyzers.Version, analyzer)
                {
                    OpenMode = OpenMode.CREATE, Similarity = Similarity,
                    // Segments as plain files in memory: a compound file is read through buffered slices, and every
                    // postings list a question opens copied its start into a new kilobyte buffer.
                    // (A 64 MB buffer, so that a full build of 10,000 articles is one segment rather than two, cut a
                    // question's garbage by a fifth more, but its builds measured slower on the shared machine: not kept.)
                    UseCompoundFile = false, MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
                });
        }

        public Dictionary<int, IndexedArticle> Articles { get; } = [];

        /// <summary>Adds the article's document or replaces the one it had.</summary>
        public void Put(ArticleText article)
        {
            writer.UpdateDocument(new Term(KeyField, Id(article.Id)), Document(article, extraFields));
            Articles[article.Id] = article.Article;
        }

        public void Remove(int articleId)
        {
            writer.DeleteDocuments(new Term(KeyField, Id(articleId)));
            Articles.Remove(articleId);
        }

        /// <summary>A near-real-time reader of everything written so far: no commit, only the changed segments are new.</summary>
        public FaqSearcher Open() => new FaqSearcher(DirectoryReader.Open(writer, applyAllDeletes: true)) { Similarity = Similarity };

        public void Dispose() => writer.Dispose();
    }

    private static Document Document(ArticleText article, string[] extraFields)
    {
        var document = new Document
        {
            new StoredField(IdField, article.Id),
            new NumericDocValuesField(IdValueField, article.Id),
            new StringField(KeyField, Id(article.Id), Field.Store.NO),
            new TextField(TitleField, article.Title, Field.Store.YES),
            new TextField(BodyField, article.Body, Field.Store.NO),
            new TextField(ReversedField, article.Title + "\n" + article.Body, Field.Store.NO),
            new StoredField(ExcerptField, Excerpt(article.Body)),
        };
        foreach (var field in extraFields) document.Add(new TextField(field, article.Title + "\n" + article.Body, Field.Store.NO));
        // Articles carry every ancestor folder id (and name), so one term finds a folder and all its sub-folders.
        foreach (var folder in article.Article.FolderIds.Split(Separator, StringSplitOptions.RemoveEmptyEntries))
            document.Add(new StringField(FolderField, folder, Field.Store.NO));
        foreach (var name in article.Article.FolderNames.Split(Separator, StringSplitOptions.RemoveEmptyEntries))
            document.Add(new TextField(SectionField, name, Field.Store.NO));
        return document;
    }
}
