using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchByIdentityAndAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchIndexStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexStamps", x => x.Id);
                });

            // The search table now also holds terms the code writes (identity digests, address pairs): a change of the
            // property or the parties replaces only the kinds the triggers make. The code-written terms of the rows
            // already stored are built at start-up (SearchIndexBuilder), which needs the installation's key.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Applications_SearchTerms_Update\";");
            migrationBuilder.Sql(UpdateTrigger("""AND "Kind" IN ('unit', 'party')"""));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"ApplicationSearchTerms\" WHERE \"Kind\" IN ('identity', 'address');");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Applications_SearchTerms_Update\";");
            migrationBuilder.Sql(UpdateTrigger(""));
            migrationBuilder.DropTable(
                name: "SearchIndexStamps");
        }

        /// <summary>The update trigger of <c>BacklogIndexesAndSearch</c>, its delete narrowed by <paramref name="kinds"/>.</summary>
        private static string UpdateTrigger(string kinds) => $"""
            CREATE TRIGGER "TR_Applications_SearchTerms_Update" AFTER UPDATE OF "Property", "Parties" ON "Applications"
            BEGIN
            DELETE FROM "ApplicationSearchTerms" WHERE "ApplicationId" = NEW."Id" {kinds};
            INSERT OR IGNORE INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
            SELECT json_extract(NEW."Property", '$.UnitNumber'), NEW."Id", 'unit'
            WHERE json_extract(NEW."Property", '$.UnitNumber') IS NOT NULL;
            INSERT OR IGNORE INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
            SELECT DISTINCT json_extract(p.value, '$.Name'), NEW."Id", 'party' FROM json_each(NEW."Parties") AS p
            WHERE json_extract(p.value, '$.Name') IS NOT NULL;
            END;
            """;
    }
}
