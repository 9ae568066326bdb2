using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FamilyBridge.Learning.Migrations.Postgres
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
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChecklistItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistTicks", x => new { x.UserId, x.ChecklistItemId });
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeCheckResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    Correct = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeCheckResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LessonProgress",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ModuleContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LastActivityUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonProgress", x => new { x.UserId, x.LessonContentItemId });
                });

            migrationBuilder.CreateTable(
                name: "ReflectionNotes",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LessonContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_KnowledgeCheckResults_UserId_LessonContentItemId_SubmittedU~",
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
