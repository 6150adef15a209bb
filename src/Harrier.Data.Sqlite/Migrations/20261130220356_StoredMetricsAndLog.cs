using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harrier.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoredMetricsAndLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "AverageCadence",
                table: "run_recordings",
                newName: "CadenceStepsPerMinute");

            migrationBuilder.AddColumn<double>(
                name: "HeartRateLoadTrimp",
                table: "runs",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "runs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Best10KilometersSeconds",
                table: "run_recordings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Best1KilometerSeconds",
                table: "run_recordings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Best5KilometersSeconds",
                table: "run_recordings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MaxCadenceStepsPerMinute",
                table: "run_recordings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeartRateSeconds",
                table: "run_recordings",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "{\"from\":0,\"seconds\":[]}");

            migrationBuilder.AddColumn<string>(
                name: "KilometerSplits",
                table: "run_recordings",
                type: "TEXT",
                maxLength: 200000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "MetricsVersion",
                table: "run_recordings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MileSplits",
                table: "run_recordings",
                type: "TEXT",
                maxLength: 200000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "MaxHeartRate",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RestingHeartRate",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cross_training",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sport = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DurationSeconds = table.Column<double>(type: "REAL", nullable: false),
                    DistanceMeters = table.Column<double>(type: "REAL", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AverageHeartRate = table.Column<double>(type: "REAL", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cross_training", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cross_training_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cross_training_OwnerId_Sha256",
                table: "cross_training",
                columns: new[] { "OwnerId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cross_training_OwnerId_StartUtc",
                table: "cross_training",
                columns: new[] { "OwnerId", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cross_training");

            migrationBuilder.DropColumn(
                name: "HeartRateLoadTrimp",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "runs");

            migrationBuilder.DropColumn(
                name: "Best10KilometersSeconds",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "Best1KilometerSeconds",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "Best5KilometersSeconds",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "MaxCadenceStepsPerMinute",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "HeartRateSeconds",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "KilometerSplits",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "MetricsVersion",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "MileSplits",
                table: "run_recordings");

            migrationBuilder.DropColumn(
                name: "MaxHeartRate",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RestingHeartRate",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Sex",
                table: "AspNetUsers");

            migrationBuilder.RenameColumn(
                name: "CadenceStepsPerMinute",
                table: "run_recordings",
                newName: "AverageCadence");
        }
    }
}
