using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Harrier.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CoachId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PointsJson = table.Column<string>(type: "text", nullable: false),
                    Meters = table.Column<double>(type: "double precision", nullable: false),
                    AscentMeters = table.Column<double>(type: "double precision", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CoachId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastUsedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CoachId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SeriesId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Title = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    PlaceId = table.Column<int>(type: "integer", nullable: false),
                    RouteId = table.Column<int>(type: "integer", nullable: true),
                    LocalDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancelledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttendanceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupRunId = table.Column<int>(type: "integer", nullable: false),
                    RunnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Answer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attendance = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Pain = table.Column<int>(type: "integer", nullable: true),
                    AttendanceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
