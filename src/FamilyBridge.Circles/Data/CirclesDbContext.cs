using FamilyBridge.Circles.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Data;

/// <summary>
/// The Circles module's tables. Plain rows keyed by user id strings: nothing points into another module's tables.
/// <see cref="SqliteCirclesDbContext"/> and <see cref="PostgresCirclesDbContext"/> carry one migration set each.
/// </summary>
public abstract class CirclesDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Circles";

    protected CirclesDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Circle> Circles => Set<Circle>();

    public DbSet<CircleMember> Members => Set<CircleMember>();

    public DbSet<CircleInvitation> Invitations => Set<CircleInvitation>();

    public DbSet<RecoveryPeriod> Periods => Set<RecoveryPeriod>();

    public DbSet<CircleUpdate> Updates => Set<CircleUpdate>();

    public DbSet<UpdateAudienceMember> UpdateAudience => Set<UpdateAudienceMember>();

    public DbSet<UpdateReply> Replies => Set<UpdateReply>();

    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();

    public DbSet<PlanItem> PlanItems => Set<PlanItem>();

    public DbSet<PlanAudienceMember> PlanAudience => Set<PlanAudienceMember>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<ConsentGrant> ConsentGrants => Set<ConsentGrant>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    public DbSet<ConsentDelivery> ConsentDeliveries => Set<ConsentDelivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite hands DateTimes back as Unspecified; every time here is UTC, and time-zone conversion needs to know.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<MemberStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Relationship>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<InvitationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<UpdateKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Reaction>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PlanItemKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsentScope>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<ConsentFrequency>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsentContentMode>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsentStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsentDeliveryKind>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Circle>(e =>
        {
            e.ToTable("Circles");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.Name).HasMaxLength(100).IsRequired();
            e.Property(x => x.OwnerUserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.EmailLanguage).HasMaxLength(10).IsRequired();
        });

        modelBuilder.Entity<CircleMember>(e =>
        {
            e.ToTable("CircleMembers");
            e.HasKey(x => x.Id);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.UserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.DisplayName).HasMaxLength(60).IsRequired();
            e.Property(x => x.TimeZoneId).HasMaxLength(64).IsRequired();
            e.HasIndex(x => new { x.CircleId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.Status });
        });

        modelBuilder.Entity<CircleInvitation>(e =>
        {
            e.ToTable("CircleInvitations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.Email).HasMaxLength(256).IsRequired();
            e.Property(x => x.Name).HasMaxLength(60);
            e.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
            e.Property(x => x.InvitedByUserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.RespondedByUserId).HasMaxLength(450);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => new { x.CircleId, x.Status });
        });

        modelBuilder.Entity<RecoveryPeriod>(e =>
        {
            e.ToTable("CircleRecoveryPeriods");
            e.HasKey(x => x.Id);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.HasIndex(x => x.CircleId);
        });

        modelBuilder.Entity<CircleUpdate>(e =>
        {
            e.ToTable("CircleUpdates");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.AuthorUserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.CircleId, x.CreatedUtc });
        });

        modelBuilder.Entity<UpdateAudienceMember>(e =>
        {
            e.ToTable("CircleUpdateAudience");
            e.HasKey(x => new { x.UpdateId, x.UserId });
            e.Property(x => x.UpdateId).HasMaxLength(26);
            e.Property(x => x.UserId).HasMaxLength(450);
        });

        modelBuilder.Entity<UpdateReply>(e =>
        {
            e.ToTable("CircleUpdateReplies");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.UpdateId).HasMaxLength(26).IsRequired();
            e.Property(x => x.UserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.Message).HasMaxLength(UpdateReply.MaxMessageLength);
            e.HasIndex(x => new { x.UpdateId, x.CreatedUtc });
        });

        modelBuilder.Entity<ChecklistItem>(e =>
        {
            e.ToTable("CircleChecklistItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.SourceContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.Text).HasMaxLength(1000).IsRequired();
            e.Property(x => x.CheckedByUserId).HasMaxLength(450);
            e.HasIndex(x => new { x.CircleId, x.SourceContentItemId }).IsUnique();
        });

        modelBuilder.Entity<PlanItem>(e =>
        {
            e.ToTable("CirclePlanItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.Text).HasMaxLength(500).IsRequired();
            e.Property(x => x.Phone).HasMaxLength(40);
            e.HasIndex(x => x.CircleId);
        });

        modelBuilder.Entity<PlanAudienceMember>(e =>
        {
            e.ToTable("CirclePlanAudience");
            e.HasKey(x => new { x.CircleId, x.UserId });
            e.Property(x => x.CircleId).HasMaxLength(26);
            e.Property(x => x.UserId).HasMaxLength(450);
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("CircleAudit");
            e.HasKey(x => x.Id);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ActorUserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.Action).HasMaxLength(40).IsRequired();
            e.Property(x => x.SubjectUserId).HasMaxLength(450);
            e.Property(x => x.Detail).HasMaxLength(300);
            e.HasIndex(x => new { x.CircleId, x.CreatedUtc });
        });

        ConsentModel.Configure(modelBuilder);
    }
}
