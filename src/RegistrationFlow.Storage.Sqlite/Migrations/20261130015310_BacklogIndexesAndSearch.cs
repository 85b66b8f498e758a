using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BacklogIndexesAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_State_CandidateRole_DueAt",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_Applications_RegisteredAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DueAt",
                table: "Applications");

            migrationBuilder.CreateTable(
                name: "ApplicationSearchTerms",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationSearchTerms", x => new { x.Term, x.ApplicationId, x.Kind });
                    table.ForeignKey(
                        name: "FK_ApplicationSearchTerms_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_ClosedAt_Step_CreatedAt",
                table: "WorkTasks",
                columns: new[] { "ClosedAt", "Step", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Open_Step_ApplicationId",
                table: "WorkTasks",
                columns: new[] { "Step", "ApplicationId" },
                filter: "\"State\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Open_CandidateRole_DueAt_CreatedAt_ClaimedBy",
                table: "WorkTasks",
                columns: new[] { "CandidateRole", "DueAt", "CreatedAt", "ClaimedBy" },
                filter: "\"State\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_HandedOverAt",
                table: "Certificates",
                column: "HandedOverAt");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ReadyAt",
                table: "Certificates",
                column: "ReadyAt");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CertificateNumber",
                table: "Applications",
                column: "CertificateNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CreatedAt_ReceiptNumber",
                table: "Applications",
                columns: new[] { "CreatedAt", "ReceiptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Overdue_CreatedAt",
                table: "Applications",
                columns: new[] { "Overdue", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Overdue_DueAt",
                table: "Applications",
                columns: new[] { "Overdue", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_RegisteredAt_DueAt",
                table: "Applications",
                columns: new[] { "RegisteredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_CreatedAt",
                table: "Applications",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DueAt_Overdue",
                table: "Applications",
                columns: new[] { "Status", "DueAt", "Overdue" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationSearchTerms_ApplicationId",
                table: "ApplicationSearchTerms",
                column: "ApplicationId");

            // Unit numbers and party names live in JSON columns; triggers copy them into the search table, so every
            // writer keeps it in step. UPDATE OF fires only when a statement sets these columns (actions never do).
            migrationBuilder.Sql(SearchTermsOf("NEW", "AFTER INSERT ON \"Applications\"", "TR_Applications_SearchTerms_Insert", deleteFirst: false));
            migrationBuilder.Sql(SearchTermsOf("NEW", "AFTER UPDATE OF \"Property\", \"Parties\" ON \"Applications\"", "TR_Applications_SearchTerms_Update", deleteFirst: true));
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
                SELECT json_extract(a."Property", '$.UnitNumber'), a."Id", 'unit' FROM "Applications" AS a
                WHERE json_extract(a."Property", '$.UnitNumber') IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
                SELECT DISTINCT json_extract(p.value, '$.Name'), a."Id", 'party' FROM "Applications" AS a, json_each(a."Parties") AS p
                WHERE json_extract(p.value, '$.Name') IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Applications_SearchTerms_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Applications_SearchTerms_Update\";");
            migrationBuilder.DropTable(
                name: "ApplicationSearchTerms");

            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_ClosedAt_Step_CreatedAt",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_Open_Step_ApplicationId",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_WorkTasks_Open_CandidateRole_DueAt_CreatedAt_ClaimedBy",
                table: "WorkTasks");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_HandedOverAt",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ReadyAt",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Applications_CertificateNumber",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_CreatedAt_ReceiptNumber",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Overdue_CreatedAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Overdue_DueAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_RegisteredAt_DueAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_CreatedAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DueAt_Overdue",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_State_CandidateRole_DueAt",
                table: "WorkTasks",
                columns: new[] { "State", "CandidateRole", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_RegisteredAt",
                table: "Applications",
                column: "RegisteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DueAt",
                table: "Applications",
                columns: new[] { "Status", "DueAt" });
        }

        private static string SearchTermsOf(string row, string when, string name, bool deleteFirst) => $"""
            CREATE TRIGGER "{name}" {when}
            BEGIN
            {(deleteFirst ? $"DELETE FROM \"ApplicationSearchTerms\" WHERE \"ApplicationId\" = {row}.\"Id\";" : "")}
            INSERT OR IGNORE INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
            SELECT json_extract({row}."Property", '$.UnitNumber'), {row}."Id", 'unit'
            WHERE json_extract({row}."Property", '$.UnitNumber') IS NOT NULL;
            INSERT OR IGNORE INTO "ApplicationSearchTerms" ("Term", "ApplicationId", "Kind")
            SELECT DISTINCT json_extract(p.value, '$.Name'), {row}."Id", 'party' FROM json_each({row}."Parties") AS p
            WHERE json_extract(p.value, '$.Name') IS NOT NULL;
            END;
            """;
    }
}
