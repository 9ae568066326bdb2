namespace FamilyBridge.Core.Cluster;

/// <summary>
/// Tells the other nodes of a several-node site that something happened here (a cache to forget, content to index).
/// One node: nobody to tell, so nothing is sent. Several nodes: Redis pub/sub (FamilyBridge.Cluster). A message is
/// a wake-up call, never the only record of a change: a node that misses it (down, or Redis away) still catches up
/// from the database.
/// </summary>
public interface IClusterBus
{
    /// <summary>Delivers <paramref name="message"/> to every other node's <see cref="IClusterMessageHandler"/> for <paramref name="topic"/>.</summary>
    Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default);
}
