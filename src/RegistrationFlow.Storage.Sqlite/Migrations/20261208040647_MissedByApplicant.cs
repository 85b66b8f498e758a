using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MissedByApplicant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MissedByApplicant",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MissedByApplicant",
                table: "Applications");
        }
    }
}
