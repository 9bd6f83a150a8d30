namespace ChatDesk.Features.Faq;

public sealed class FaqFolder
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int? ParentId { get; set; }
    public FaqFolder? Parent { get; set; }
}
