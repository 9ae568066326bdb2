using FamilyBridge.Circles.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Data;

/// <summary>The consent tables' mapping, kept apart so the circles mapping stays readable.</summary>
internal static class ConsentModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConsentGrant>(e =>
        {
            e.ToTable("CircleConsentGrants");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.OwnerUserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.RecipientUserId).HasMaxLength(450);
            e.Property(x => x.RecipientName).HasMaxLength(60).IsRequired();
            e.Property(x => x.RecipientEmail).HasMaxLength(256).IsRequired();
            e.Property(x => x.Purpose).HasMaxLength(ConsentGrant.MaxPurposeLength).IsRequired();
            e.Property(x => x.ConfirmTokenHash).HasMaxLength(64).IsRequired();
            e.Property(x => x.SiteBaseUrl).HasMaxLength(200).IsRequired();
            e.Property(x => x.Language).HasMaxLength(10).IsRequired();
            e.Ignore(x => x.IsMemberRecipient);
            e.HasIndex(x => x.ConfirmTokenHash).IsUnique();
            e.HasIndex(x => new { x.CircleId, x.Status });
            e.HasIndex(x => new { x.Status, x.ExpiresUtc });
        });

        modelBuilder.Entity<ConsentEvent>(e =>
        {
            e.ToTable("CircleConsentEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.GrantId).HasMaxLength(26).IsRequired();
            e.Property(x => x.CircleId).HasMaxLength(26).IsRequired();
            e.Property(x => x.Action).HasMaxLength(40).IsRequired();
            e.Property(x => x.ActorUserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.Detail).HasMaxLength(300);
            e.HasIndex(x => new { x.GrantId, x.CreatedUtc });
        });

        modelBuilder.Entity<ConsentDelivery>(e =>
        {
            e.ToTable("CircleConsentDeliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.GrantId).HasMaxLength(26).IsRequired();
            e.Property(x => x.UpdateIds).HasMaxLength(2000);
            e.HasIndex(x => x.GrantId);
        });
    }
}
