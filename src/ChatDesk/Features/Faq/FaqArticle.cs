namespace ChatDesk.Features.Faq;

public sealed class FaqArticle
{
    // Fields rather than auto-properties so that a changed text drops its embedding (below); EF reads and writes these
    // fields directly when loading a row, so loading never clears one.
    private string language = "en";
    private string title = "";
    private string body = "";

    public int Id { get; set; }
    public int FolderId { get; set; }
    public FaqFolder? Folder { get; set; }
    public string Language { get => language; set => Changed(ref language, value); }
    public string Title { get => title; set => Changed(ref title, value); }
    /// <summary>Plain text with blank-line paragraphs and "- " bullets; rendered escaped.</summary>
    public string Body { get => body; set => Changed(ref body, value); }
    public bool Published { get; set; } = true;
    /// <summary>False for internal notes agents may read but customers never see.</summary>
    public bool Public { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The title and body's sentence embedding (float32 values) for semantic ranking, written by the FAQ index
    /// after a save; null until then, when the language has no model, or after an edit of the text.</summary>
    public byte[]? Embedding { get; set; }
    /// <summary>Which model made <see cref="Embedding"/>: another model re-embeds.</summary>
    public string? EmbeddingModel { get; set; }

    private void Changed(ref string field, string value)
    {
        if (field == value) return;
        field = value;
        Embedding = null;
        EmbeddingModel = null;
    }
}
