using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatDesk.Data.Migrations
{
    /// <summary>Chat tokens are stored as their SHA-256 only (issue 10). SQLite has no SHA-256, so the raw token of
    /// each chat that could still be resumed is carried over marked "legacy:" and LegacyTokenHashing hashes it at the
    /// next start; chats that can never be resumed (left in the queue, never started) keep no token at all.</summary>
    public partial class ChatTokenHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TokenHash",
                table: "Sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.Sql(
                "UPDATE Sessions SET TokenHash = 'legacy:' || PublicToken " +
                "WHERE PublicToken <> '' AND Status NOT IN ('Abandoned', 'PreChat');");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_PublicToken",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "PublicToken",
                table: "Sessions");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TokenHash",
                table: "Sessions",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicToken",
                table: "Sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // A hash cannot be turned back into its token: the old schema gets unique values no browser holds, so
            // no chat resumes after a downgrade (each browser starts a new chat).
            migrationBuilder.Sql("UPDATE Sessions SET PublicToken = COALESCE(TokenHash, 'none-' || Id);");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_TokenHash",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "TokenHash",
                table: "Sessions");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_PublicToken",
                table: "Sessions",
                column: "PublicToken",
                unique: true);
        }
    }
}
