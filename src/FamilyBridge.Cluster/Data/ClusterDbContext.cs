using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Cluster.Data;

/// <summary>
/// What nodes share through the database rather than through Redis: the data-protection keys that sign cookies,
/// antiforgery tokens and the unsubscribe links in people's inboxes. They must outlive any Redis restart, so they
/// live with the rest of the site's data (and its backups). PostgreSQL only: several nodes need PostgreSQL.
/// </summary>
public sealed class ClusterDbContext(DbContextOptions<ClusterDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Cluster";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
