using FamilyBridge.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Media.Data;

/// <summary>
/// Image metadata; the bytes live in files under App_Data/media. <see cref="SqliteMediaDbContext"/> and
/// <see cref="PostgresMediaDbContext"/> carry one migration set each.
/// </summary>
public abstract class MediaDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Media";

    protected MediaDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<MediaAsset> Assets => Set<MediaAsset>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<MediaAsset>(e =>
        {
            e.ToTable("MediaAssets");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(64).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(32).IsRequired();
            e.Property(x => x.AltText).HasMaxLength(MediaLimits.MaxAltTextLength).IsRequired();
            e.Property(x => x.OriginalName).HasMaxLength(MediaLimits.MaxOriginalNameLength);
            e.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            e.Property(x => x.UploadedByUserId).HasMaxLength(450).IsRequired();
            e.HasIndex(x => x.FileName).IsUnique();
            e.HasIndex(x => x.UploadedUtc);
        });
    }
}
