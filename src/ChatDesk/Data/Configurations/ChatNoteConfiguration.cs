using ChatDesk.Features.Conversations;
using ChatDesk.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class ChatNoteConfiguration : IEntityTypeConfiguration<ChatNote>
{
    public void Configure(EntityTypeBuilder<ChatNote> note)
    {
        note.ToTable("ChatNotes");
        // A chat's notes are read together, in the order they were written.
        note.HasIndex(n => new { n.SessionId, n.Id });
        note.HasOne<ChatSession>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        note.Property(n => n.AuthorId).HasMaxLength(450);
        note.Property(n => n.AuthorName).HasMaxLength(200);
        note.Property(n => n.Text).HasMaxLength(ChatNote.MaxLength);
    }
}
