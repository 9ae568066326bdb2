using FamilyBridge.Notifications.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Notifications.Data;

/// <summary>
/// The Notifications module's tables: the email outbox. <see cref="SqliteNotificationsDbContext"/> and
/// <see cref="PostgresNotificationsDbContext"/> carry one migration set each.
/// </summary>
public abstract class NotificationsDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Notifications";

    protected NotificationsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<OutboxStatus>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.MessageId).HasMaxLength(100).IsRequired();
            e.Property(x => x.Recipient).HasMaxLength(320).IsRequired();
            e.Property(x => x.RecipientName).HasMaxLength(200);
            e.Property(x => x.Subject).HasMaxLength(300).IsRequired();
            e.Property(x => x.DeliveryGateKey).HasMaxLength(200);
            e.Property(x => x.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);

            // The dispatcher's question: which rows in these statuses are due, oldest first.
            e.HasIndex(x => new { x.Status, x.NextAttemptUtc, x.Id });
            e.HasIndex(x => x.ClaimToken);
        });
    }
}
