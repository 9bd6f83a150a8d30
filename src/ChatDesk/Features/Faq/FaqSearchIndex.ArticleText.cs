using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatDesk.Features.Faq;

public sealed partial class FaqSearchIndex
{
    /// <summary>An article as read from the database for indexing: its text lives only while its document and vector
    /// are made; the index keeps <see cref="Article"/>.</summary>
    private sealed record ArticleText(IndexedArticle Article, string Title, string Body)
    {
        public int Id => Article.Id;
        public string Language => Article.Language;

        public static ArticleText Of(int id, string language, string title, string body, string folderIds, string folderNames) =>
            new(new IndexedArticle(id, language, Fingerprint(title, body), folderIds, folderNames), title, body);
    }

    /// <summary>128 bits of SHA-256 over the title and body: a changed text is told apart from an unchanged one
    /// without keeping the text (a chance collision would need 2^64 articles).</summary>
    internal static UInt128 Fingerprint(string title, string body)
    {
        var length = sizeof(int) + Encoding.UTF8.GetMaxByteCount(title.Length + body.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            // The title's length first, so that "ab" + "c" and "a" + "bc" differ.
            BinaryPrimitives.WriteInt32LittleEndian(buffer, title.Length);
            var written = sizeof(int) + Encoding.UTF8.GetBytes(title, buffer.AsSpan(sizeof(int)));
            written += Encoding.UTF8.GetBytes(body, buffer.AsSpan(written));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return BinaryPrimitives.ReadUInt128LittleEndian(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
