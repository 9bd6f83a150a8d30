using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatDesk.Data.Migrations.Postgres
{
    /// <summary>The customer panel and the privacy tools find chats and tickets by lower-cased e-mail; EF Core cannot
    /// model an expression index, so it is written here by hand, as the SQLite set's HotPathIndexes does
    /// (HotPathIndexTests reads the query plan on both providers). No model change, so no target model.</summary>
    [DbContext(typeof(PostgresChatDeskDbContext))]
    [Migration("20261201140000_PostgresEmailIndexes")]
    public partial class PostgresEmailIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Sessions_Customer_Email_Lower\" ON \"Sessions\" (lower(\"Customer_Email\"));");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Tickets_Customer_Email_Lower\" ON \"Tickets\" (lower(\"Customer_Email\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Tickets_Customer_Email_Lower\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Sessions_Customer_Email_Lower\";");
        }
    }
}
