using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Harrier.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OnePainDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "AnswersJson",
                table: "red_flag_screens",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<int>(
                name: "Age",
                table: "red_flag_screens",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClearedUtc",
                table: "red_flag_screens",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "red_flag_screens",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Screens taken before this migration get the UTC day of their time; the runner's zone was not kept.
            migrationBuilder.Sql("UPDATE red_flag_screens SET \"Day\" = \"TakenUtc\"::date;");

            migrationBuilder.CreateTable(
                name: "triage_answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SavedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnswersJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_triage_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_triage_answers_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_triage_answers_OwnerId_SavedUtc",
                table: "triage_answers",
                columns: new[] { "OwnerId", "SavedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "triage_answers");

            migrationBuilder.DropColumn(
                name: "Age",
                table: "red_flag_screens");

            migrationBuilder.DropColumn(
                name: "ClearedUtc",
                table: "red_flag_screens");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "red_flag_screens");

            migrationBuilder.AlterColumn<string>(
                name: "AnswersJson",
                table: "red_flag_screens",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8000)",
                oldMaxLength: 8000);
        }
    }
}
