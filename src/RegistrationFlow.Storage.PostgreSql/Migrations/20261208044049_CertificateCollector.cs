using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateCollector : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CollectedAs",
                table: "Certificates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectorIdNumber",
                table: "Certificates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectorIdType",
                table: "Certificates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectorName",
                table: "Certificates",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CollectedAs",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CollectorIdNumber",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CollectorIdType",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CollectorName",
                table: "Certificates");
        }
    }
}
