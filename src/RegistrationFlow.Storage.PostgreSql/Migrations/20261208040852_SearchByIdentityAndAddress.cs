using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexStamps", x => x.Id);
                });

            // The search table now also holds terms the code writes (identity digests, address pairs): a change of the
            // property or the parties replaces only the kinds the trigger makes. The code-written terms of the rows
            // already stored are built at start-up (SearchIndexBuilder), which needs the installation's key.
            migrationBuilder.Sql(SearchTermsFunction("""AND "Kind" IN ('unit', 'party')"""));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"ApplicationSearchTerms\" WHERE \"Kind\" IN ('identity', 'address');");
            migrationBuilder.Sql(SearchTermsFunction(""));
            migrationBuilder.DropTable(
                name: "SearchIndexStamps");
        }

        /// <summary>The trigger function of <c>InitialSchema</c>, its delete narrowed by <paramref name="kinds"/>.</summary>
        private static string SearchTermsFunction(string kinds) => $$"""
            CREATE OR REPLACE FUNCTION "application_search_terms"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    DELETE FROM "ApplicationSearchTerms" WHERE "ApplicationId" = NEW."Id" {{kinds}};
                END IF;
                INSERT INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
                SELECT NEW."Property" ->> 'UnitNumber', NEW."Id", 'unit'
                WHERE NEW."Property" ->> 'UnitNumber' IS NOT NULL
                ON CONFLICT DO NOTHING;
                INSERT INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
                SELECT DISTINCT p ->> 'Name', NEW."Id", 'party' FROM jsonb_array_elements(COALESCE(NEW."Parties", '[]'::jsonb)) AS p
                WHERE p ->> 'Name' IS NOT NULL
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END
            $$;
            """;
    }
}
