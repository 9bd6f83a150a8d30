using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionFaqShown : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FaqShown",
                table: "Sessions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FaqShown",
                table: "Sessions");
        }
    }
}
