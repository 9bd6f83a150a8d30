namespace ChatDesk.Features.Faq;

public sealed class FaqArticle
{
    public int Id { get; set; }
    public int FolderId { get; set; }
    public FaqFolder? Folder { get; set; }
    public string Language { get; set; } = "en";
    public string Title { get; set; } = "";
    /// <summary>Plain text with blank-line paragraphs and "- " bullets; rendered escaped.</summary>
    public string Body { get; set; } = "";
    public bool Published { get; set; } = true;
    /// <summary>False for internal notes agents may read but customers never see.</summary>
    public bool Public { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
