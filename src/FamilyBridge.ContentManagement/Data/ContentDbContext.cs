using FamilyBridge.Core.Cluster;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>
/// Content items (one row per version), content definitions and site settings. The module asks for this type;
/// <see cref="SqliteContentDbContext"/> and <see cref="PostgresContentDbContext"/> exist only to carry one
/// migration set per provider.
/// Every save that touches a published version also writes a <see cref="ContentChangeRecord"/> in the same
/// transaction, and once that commits tells the other nodes (<see cref="ContentChangeNumbers.BusTopic"/>).
/// </summary>
public abstract partial class ContentDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Content";

    private readonly IClusterBus? _bus;
    private bool _changesPending;

    protected ContentDbContext(DbContextOptions options, IClusterBus? bus = null)
        : base(options)
    {
        _bus = bus;
    }

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    public DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();

    public DbSet<SiteSettingsRecord> SiteSettings => Set<SiteSettingsRecord>();

    public DbSet<ContentChangeRecord> ContentChanges => Set<ContentChangeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.Path).HasMaxLength(1024);
            e.Property(x => x.ListContentItemId).HasMaxLength(64);
            e.Property(x => x.Owner).HasMaxLength(255);
            e.Property(x => x.Author).HasMaxLength(255);
            e.Property(x => x.Document).IsRequired();
            e.Property(x => x.ConcurrencyStamp).HasMaxLength(32).IsRequired().IsConcurrencyToken();
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Latest });
            e.HasIndex(x => new { x.ContentItemId, x.Published });
            e.HasIndex(x => new { x.Path, x.Published });
            e.HasIndex(x => new { x.ListContentItemId, x.Published, x.Latest, x.Order });
            e.HasIndex(x => new { x.ContentType, x.Published, x.Latest });
        });

        modelBuilder.Entity<ContentChangeRecord>(e =>
        {
            e.ToTable("ContentChanges");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        });

        modelBuilder.Entity<ContentDefinitionRecord>(e =>
        {
            e.ToTable("ContentDefinitions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(16).IsRequired();
            e.Property(x => x.Name).HasMaxLength(255).IsRequired();
            e.Property(x => x.Document).IsRequired();
            e.HasIndex(x => new { x.Kind, x.Name }).IsUnique();
        });

        modelBuilder.Entity<SiteSettingsRecord>(e =>
        {
            e.ToTable("SiteSettings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Document).IsRequired();
            e.Property(x => x.InstanceId).HasMaxLength(64).IsRequired();
            e.Property(x => x.SetupRecipe).HasMaxLength(255);
        });
    }
}
