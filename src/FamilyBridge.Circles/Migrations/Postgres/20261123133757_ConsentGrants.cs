using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FamilyBridge.Circles.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    GrantId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UpdateIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleConsentDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleConsentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrantId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleConsentEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleConsentGrants",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    OwnerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecipientUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Scope = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConfirmExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastDigestUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReminderSentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SiteBaseUrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
