namespace FamilyBridge.Core.Cluster;

/// <summary>The bus of a site that runs on one node: there is no other node to tell.</summary>
public sealed class SingleNodeBus : IClusterBus
{
    public Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
