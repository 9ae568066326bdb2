namespace FamilyBridge.Core.Cluster;

public static class ClusterMessages
{
    /// <summary>
    /// Handed to every <see cref="IClusterMessageHandler"/> when messages may have been missed (the connection to the
    /// other nodes came back): forget everything cached, catch up from the database.
    /// </summary>
    public const string Resync = "*";
}
