using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyBridge.Circles.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmailLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Circles and consents made before Spanish existed were all set up and confirmed in English.
            migrationBuilder.AddColumn<string>(
                name: "EmailLanguage",
                table: "Circles",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "CircleConsentGrants",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "en");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailLanguage",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "CircleConsentGrants");
        }
    }
}
