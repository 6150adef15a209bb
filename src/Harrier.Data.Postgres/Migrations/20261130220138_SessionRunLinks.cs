using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harrier.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SessionRunLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RunId",
                table: "plan_session_outcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SecondsDone",
                table: "plan_session_outcomes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_session_outcomes_RunId",
                table: "plan_session_outcomes",
                column: "RunId");

            migrationBuilder.AddForeignKey(
                name: "FK_plan_session_outcomes_runs_RunId",
                table: "plan_session_outcomes",
                column: "RunId",
                principalTable: "runs",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_plan_session_outcomes_runs_RunId",
                table: "plan_session_outcomes");

            migrationBuilder.DropIndex(
                name: "IX_plan_session_outcomes_RunId",
                table: "plan_session_outcomes");

            migrationBuilder.DropColumn(
                name: "RunId",
                table: "plan_session_outcomes");

            migrationBuilder.DropColumn(
                name: "SecondsDone",
                table: "plan_session_outcomes");
        }
    }
}
