using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Cluster;

/// <summary>Nodes A and B of one site on PostgreSQL + Redis, started one after the other, shared by a test class.</summary>
public sealed class TwoNodeFixture : IAsyncLifetime
{
    public ClusterNodes Cluster { get; private set; } = null!;

    public SiteFactory A { get; private set; } = null!;

    public SiteFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = await ClusterNodes.CreateAsync();
        A = await Cluster.StartNodeAsync();
        B = await Cluster.StartNodeAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
