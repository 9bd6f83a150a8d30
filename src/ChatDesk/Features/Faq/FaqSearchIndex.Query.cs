using System.Globalization;
using ChatDesk.Data;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Faq;

/// <summary>Questions become Lucene queries and hits become suggestions.</summary>
public sealed partial class FaqSearchIndex
{
    /// <summary>
    /// One clause per distinct analysed word, matching the title (boosted) or the body. The query is built from
    /// tokens rather than parsed, so customer text such as "AND", quotes or "*" is never query syntax.
    /// </summary>
    private static BooleanQuery BuildQuery(Analyzer analyzer, string question)
    {
        var text = question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question;
        var query = new BooleanQuery();
        foreach (var word in Tokens(analyzer, text).Distinct().Take(MaxQueryTerms))
        {
            // Dismax scores a word by its better field, so a word in both title and body is not counted twice.
            var eitherField = new DisjunctionMaxQuery(0.1f)
            {
                new TermQuery(new Term(TitleField, word)) { Boost = TitleBoost },
                new TermQuery(new Term(BodyField, word)),
                new TermQuery(new Term(SectionField, word)) { Boost = SectionBoost },
            };
            if (word.Length >= MinPrefixLength)
            {
                eitherField.Add(Prefix(TitleField, word, TitleBoost * PrefixBoost));
                eitherField.Add(Prefix(BodyField, word, PrefixBoost));
            }
            query.Add(eitherField, Occur.SHOULD);
        }
        return query;
    }

    // Scored like the words it expands to, not as a constant, so a rare longer word still counts for more.
    private static PrefixQuery Prefix(string field, string word, float boost) => new(new Term(field, word))
    {
        Boost = boost,
        MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
    };

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(BodyField, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    private static FaqSuggestion ToSuggestion(Document document, float score) => new(
        document.GetField(IdField).GetInt32Value() ?? 0, document.Get(TitleField), document.Get(ExcerptField), score);
}
