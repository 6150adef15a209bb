using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Harrier.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoachWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SetById",
                table: "plans",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "coach_invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coach_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coach_invitations_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coach_links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RunnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coach_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coach_links_AspNetUsers_CoachId",
                        column: x => x.CoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_coach_links_AspNetUsers_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "comments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_comments_AspNetUsers_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intakes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    EnteredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TakenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ParQJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    HistoryJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intakes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intakes_AspNetUsers_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coach_health_views",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RunnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Record = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coach_health_views", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coach_health_views_AspNetUsers_RunnerId",
                        column: x => x.RunnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_coach_health_views_coach_links_LinkId",
                        column: x => x.LinkId,
                        principalTable: "coach_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_coach_health_views_LinkId",
                table: "coach_health_views",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_coach_health_views_RunnerId_AtUtc",
                table: "coach_health_views",
                columns: new[] { "RunnerId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_coach_invitations_CoachId",
                table: "coach_invitations",
                column: "CoachId");

            migrationBuilder.CreateIndex(
                name: "IX_coach_invitations_CodeHash",
                table: "coach_invitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_coach_links_CoachId_RunnerId",
                table: "coach_links",
                columns: new[] { "CoachId", "RunnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_coach_links_RunnerId",
                table: "coach_links",
                column: "RunnerId");

            migrationBuilder.CreateIndex(
                name: "IX_comments_RunnerId_Target_TargetKey",
                table: "comments",
                columns: new[] { "RunnerId", "Target", "TargetKey" });

            migrationBuilder.CreateIndex(
                name: "IX_intakes_RunnerId_TakenUtc",
                table: "intakes",
                columns: new[] { "RunnerId", "TakenUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coach_health_views");

            migrationBuilder.DropTable(
                name: "coach_invitations");

            migrationBuilder.DropTable(
                name: "comments");

            migrationBuilder.DropTable(
                name: "intakes");

            migrationBuilder.DropTable(
                name: "coach_links");

            migrationBuilder.DropColumn(
                name: "SetById",
                table: "plans");
        }
    }
}
