namespace FamilyBridge.Cluster.Redis;

/// <summary>This process among the nodes: a new id at every start, so a restarted node never skips a message meant for it.</summary>
public sealed class NodeIdentity
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
