using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harrier.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GroupRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "group_routes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PointsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Meters = table.Column<double>(type: "REAL", nullable: false),
                    AscentMeters = table.Column<double>(type: "REAL", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_routes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_group_routes_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_places",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastUsedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_places", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_places_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_runs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SeriesId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: false),
                    RouteId = table.Column<int>(type: "INTEGER", nullable: true),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttendanceUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_group_runs_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_group_runs_group_routes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "group_routes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_group_runs_meeting_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "meeting_places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "group_run_invitees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    RunnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Pain = table.Column<int>(type: "INTEGER", nullable: true),
                    AttendanceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_run_invitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_group_run_invitees_AspNetUsers_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_group_run_invitees_group_runs_GroupRunId",
                        column: x => x.GroupRunId,
                        principalTable: "group_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_group_routes_CoachId",
                table: "group_routes",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_group_run_invitees_GroupRunId_RunnerId",
                table: "group_run_invitees",
                columns: new[] { "GroupRunId", "RunnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_group_run_invitees_RunnerId",
                table: "group_run_invitees",
                column: "RunnerId");

            migrationBuilder.CreateIndex(
                name: "IX_group_runs_CoachId_StartUtc",
                table: "group_runs",
                columns: new[] { "CoachId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_group_runs_PlaceId",
                table: "group_runs",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_group_runs_RouteId",
                table: "group_runs",
                column: "RouteId");

            migrationBuilder.CreateIndex(
                name: "IX_group_runs_SeriesId",
                table: "group_runs",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_places_CoachId",
                table: "meeting_places",
                column: "CoachId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "group_run_invitees");

            migrationBuilder.DropTable(
                name: "group_runs");

            migrationBuilder.DropTable(
                name: "group_routes");

            migrationBuilder.DropTable(
                name: "meeting_places");
        }
    }
}
