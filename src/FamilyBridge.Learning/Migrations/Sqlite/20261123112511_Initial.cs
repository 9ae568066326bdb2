using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyBridge.Learning.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChecklistTicks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChecklistItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistTicks", x => new { x.UserId, x.ChecklistItemId });
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeCheckResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeCheckResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LessonProgress",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModuleContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LastActivityUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonProgress", x => new { x.UserId, x.LessonContentItemId });
                });

            migrationBuilder.CreateTable(
                name: "ReflectionNotes",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectionNotes", x => new { x.UserId, x.LessonContentItemId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistTicks_UserId_LessonContentItemId",
                table: "ChecklistTicks",
                columns: new[] { "UserId", "LessonContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeCheckResults_UserId_LessonContentItemId_SubmittedUtc",
                table: "KnowledgeCheckResults",
                columns: new[] { "UserId", "LessonContentItemId", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_UserId_LastActivityUtc",
                table: "LessonProgress",
                columns: new[] { "UserId", "LastActivityUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChecklistTicks");

            migrationBuilder.DropTable(
                name: "KnowledgeCheckResults");

            migrationBuilder.DropTable(
                name: "LessonProgress");

            migrationBuilder.DropTable(
                name: "ReflectionNotes");
        }
    }
}
