using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harrier.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RunRecordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Rpe",
                table: "runs",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.CreateTable(
                name: "run_recordings",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Sport = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    OriginalGzip = table.Column<byte[]>(type: "bytea", nullable: false),
                    OriginalBytes = table.Column<long>(type: "bigint", nullable: false),
                    Streams = table.Column<byte[]>(type: "bytea", nullable: false),
                    SampleCount = table.Column<int>(type: "integer", nullable: false),
                    Creator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "double precision", nullable: false),
                    MovingSeconds = table.Column<double>(type: "double precision", nullable: false),
                    AscentMeters = table.Column<double>(type: "double precision", nullable: false),
                    DescentMeters = table.Column<double>(type: "double precision", nullable: false),
                    ClimbPerKilometer = table.Column<double>(type: "double precision", nullable: false),
                    AverageHeartRate = table.Column<double>(type: "double precision", nullable: true),
                    MaxHeartRate = table.Column<double>(type: "double precision", nullable: true),
                    AverageCadence = table.Column<double>(type: "double precision", nullable: true),
                    GradeAdjustedSecondsPerKilometer = table.Column<double>(type: "double precision", nullable: true),
                    Issues = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ImportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_recordings", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_run_recordings_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_run_recordings_OwnerId_Sha256",
                table: "run_recordings",
                columns: new[] { "OwnerId", "Sha256" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "run_recordings");

            migrationBuilder.AlterColumn<int>(
                name: "Rpe",
                table: "runs",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
