using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RegistrationFlow.Storage.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TrainingClockEpoch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingClockEpochs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SimulatedStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RealStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rate = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingClockEpochs", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingClockEpochs");
        }
    }
}
