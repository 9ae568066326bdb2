using FamilyBridge.Editor.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Editor.Data;

/// <summary>
/// The Editor module's tables: the content audit log and pending schedules. Items are referred to by id only;
/// <see cref="SqliteEditorDbContext"/> and <see cref="PostgresEditorDbContext"/> carry one migration set each.
/// </summary>
public abstract class EditorDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Editor";

    protected EditorDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ContentAuditEntry> AuditEntries => Set<ContentAuditEntry>();

    public DbSet<ContentSchedule> Schedules => Set<ContentSchedule>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite hands DateTimes back as Unspecified; every time here is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<ScheduleAction>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ContentAuditEntry>(e =>
        {
            e.ToTable("ContentAuditLog");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.UserName).HasMaxLength(256).IsRequired();
            e.Property(x => x.Action).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.Summary).HasMaxLength(1000).IsRequired();
            e.HasIndex(x => x.OccurredUtc);
            e.HasIndex(x => x.ContentItemId);
        });

        modelBuilder.Entity<ContentSchedule>(e =>
        {
            e.ToTable("ContentSchedules");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.CreatedByUserId).HasMaxLength(450).IsRequired();
            e.HasIndex(x => new { x.DoneUtc, x.CancelledUtc, x.DueUtc });
            e.HasIndex(x => x.ContentItemId);
        });
    }
}
