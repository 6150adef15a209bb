using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Harrier.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScreeningAndRemedies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "questionnaire_scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Instrument = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TakenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Subscale = table.Column<double>(type: "double precision", nullable: true),
                    Band = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_questionnaire_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_questionnaire_scores_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "red_flag_screens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    TakenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Triggered = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PainEntryId = table.Column<int>(type: "integer", nullable: true),
                    SuspendedPlan = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_red_flag_screens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_red_flag_screens_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_red_flag_screens_pain_entries_PainEntryId",
                        column: x => x.PainEntryId,
                        principalTable: "pain_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "remedy_trials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Remedy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExerciseId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodDays = table.Column<int>(type: "integer", nullable: false),
                    WashoutDays = table.Column<int>(type: "integer", nullable: false),
                    FirstArms = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_remedy_trials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_remedy_trials_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_questionnaire_scores_OwnerId_Instrument_TakenUtc",
                table: "questionnaire_scores",
                columns: new[] { "OwnerId", "Instrument", "TakenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_red_flag_screens_OwnerId_TakenUtc",
                table: "red_flag_screens",
                columns: new[] { "OwnerId", "TakenUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_red_flag_screens_PainEntryId",
                table: "red_flag_screens",
                column: "PainEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_remedy_trials_OwnerId",
                table: "remedy_trials",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "questionnaire_scores");

            migrationBuilder.DropTable(
                name: "red_flag_screens");

            migrationBuilder.DropTable(
                name: "remedy_trials");
        }
    }
}
