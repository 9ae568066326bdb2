using FamilyBridge.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyBridge.Cluster.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context ClusterDbContext</c> build the context.</summary>
public sealed class ClusterDbContextFactory : IDesignTimeDbContextFactory<ClusterDbContext>
{
    public ClusterDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<ClusterDbContext>(ClusterDbContext.MigrationsHistoryTable));
}
