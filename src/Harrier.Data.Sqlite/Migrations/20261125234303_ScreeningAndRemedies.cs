using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harrier.Data.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TakenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Subscale = table.Column<double>(type: "REAL", nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TakenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Triggered = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PainEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    SuspendedPlan = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExerciseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WashoutDays = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstArms = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
