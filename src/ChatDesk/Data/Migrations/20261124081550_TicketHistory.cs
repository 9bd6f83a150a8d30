using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class TicketHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TicketEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketEvents_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TicketEvents_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TicketEvents_ByUserId",
                table: "TicketEvents",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TicketEvents_TicketId_At",
                table: "TicketEvents",
                columns: new[] { "TicketId", "At" });

            // Tickets made before this migration get their Created line, so no history starts empty.
            migrationBuilder.Sql("""
                INSERT INTO TicketEvents (TicketId, At, Kind, ByUserId, ByName, Text)
                SELECT t.Id, t.CreatedAt, 'Created', u.Id,
                       COALESCE(u.DisplayName, s.AgentDisplayName, t.Customer_Name),
                       CASE WHEN t.SourceSessionId IS NULL THEN 'From the request form' ELSE 'From a chat' END
                FROM Tickets t
                LEFT JOIN Sessions s ON s.Id = t.SourceSessionId
                LEFT JOIN AspNetUsers u ON u.Id = s.AgentId;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TicketEvents");
        }
    }
}
