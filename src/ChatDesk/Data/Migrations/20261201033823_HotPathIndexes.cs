using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class HotPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sessions_AgentId_Status",
                table: "Sessions",
                columns: new[] { "AgentId", "Status" });

            // Not in the model (EF cannot index a complex property's column): keep these when regenerating.
            // Expression indexes, since history and privacy compare lower(Customer_Email) (HotPathIndexTests).
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Sessions_Customer_Email_Lower\" ON \"Sessions\" (lower(\"Customer_Email\"));");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Tickets_Customer_Email_Lower\" ON \"Tickets\" (lower(\"Customer_Email\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Tickets_Customer_Email_Lower\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Sessions_Customer_Email_Lower\";");
            migrationBuilder.DropIndex(
                name: "IX_Sessions_AgentId_Status",
                table: "Sessions");
        }
    }
}
