using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FamilyBridge.Circles.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCircles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CircleAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleChecklistItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    SourceContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CheckedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleChecklistItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleInvitations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RespondedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsOwner = table.Column<bool>(type: "INTEGER", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JoinedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CirclePlanAudience",
                columns: table => new
                {
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CirclePlanAudience", x => new { x.CircleId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "CirclePlanItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Strength = table.Column<int>(type: "INTEGER", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CirclePlanItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleRecoveryPeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleRecoveryPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Circles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChecklistAdoptedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Circles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleUpdateAudience",
                columns: table => new
                {
                    UpdateId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleUpdateAudience", x => new { x.UpdateId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "CircleUpdateReplies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    UpdateId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Reaction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HiddenUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleUpdateReplies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CircleUpdates",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    CircleId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Mood = table.Column<int>(type: "INTEGER", nullable: true),
                    HardDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MilestoneDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: true),
                    AudienceAll = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleUpdates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CircleAudit_CircleId_CreatedUtc",
                table: "CircleAudit",
                columns: new[] { "CircleId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CircleChecklistItems_CircleId_SourceContentItemId",
                table: "CircleChecklistItems",
                columns: new[] { "CircleId", "SourceContentItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircleInvitations_CircleId_Status",
                table: "CircleInvitations",
                columns: new[] { "CircleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CircleInvitations_TokenHash",
                table: "CircleInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircleMembers_CircleId_UserId",
                table: "CircleMembers",
                columns: new[] { "CircleId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircleMembers_UserId_Status",
                table: "CircleMembers",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CirclePlanItems_CircleId",
                table: "CirclePlanItems",
                column: "CircleId");

            migrationBuilder.CreateIndex(
                name: "IX_CircleRecoveryPeriods_CircleId",
                table: "CircleRecoveryPeriods",
                column: "CircleId");

            migrationBuilder.CreateIndex(
                name: "IX_CircleUpdateReplies_UpdateId_CreatedUtc",
                table: "CircleUpdateReplies",
                columns: new[] { "UpdateId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CircleUpdates_CircleId_CreatedUtc",
                table: "CircleUpdates",
                columns: new[] { "CircleId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CircleAudit");

            migrationBuilder.DropTable(
                name: "CircleChecklistItems");

            migrationBuilder.DropTable(
                name: "CircleInvitations");

            migrationBuilder.DropTable(
                name: "CircleMembers");

            migrationBuilder.DropTable(
                name: "CirclePlanAudience");

            migrationBuilder.DropTable(
                name: "CirclePlanItems");

            migrationBuilder.DropTable(
                name: "CircleRecoveryPeriods");

            migrationBuilder.DropTable(
                name: "Circles");

            migrationBuilder.DropTable(
                name: "CircleUpdateAudience");

            migrationBuilder.DropTable(
                name: "CircleUpdateReplies");

            migrationBuilder.DropTable(
                name: "CircleUpdates");
        }
    }
}
