using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyBridge.Circles.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsentGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CircleConsentDeliveries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    GrantId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdateIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleConsentDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleConsentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleConsentEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleConsentGrants",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContentMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConfirmExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastDigestUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SiteBaseUrl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleConsentGrants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CircleConsentDeliveries_GrantId",
                table: "CircleConsentDeliveries",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_CircleConsentEvents_GrantId_CreatedUtc",
                table: "CircleConsentEvents",
                columns: new[] { "GrantId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CircleConsentGrants_CircleId_Status",
                table: "CircleConsentGrants",
                columns: new[] { "CircleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CircleConsentGrants_ConfirmTokenHash",
                table: "CircleConsentGrants",
                column: "ConfirmTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircleConsentGrants_Status_ExpiresUtc",
                table: "CircleConsentGrants",
                columns: new[] { "Status", "ExpiresUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CircleConsentDeliveries");

            migrationBuilder.DropTable(
                name: "CircleConsentEvents");

            migrationBuilder.DropTable(
                name: "CircleConsentGrants");
        }
    }
}
