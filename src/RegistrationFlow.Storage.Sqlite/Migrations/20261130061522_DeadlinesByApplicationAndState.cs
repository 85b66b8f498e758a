using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeadlinesByApplicationAndState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_ApplicationId",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_ApplicationId_State",
                table: "Deadlines",
                columns: new[] { "ApplicationId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deadlines_ApplicationId_State",
                table: "Deadlines");

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_ApplicationId",
                table: "Deadlines",
                column: "ApplicationId");
        }
    }
}
