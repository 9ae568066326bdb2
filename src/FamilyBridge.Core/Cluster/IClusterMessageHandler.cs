namespace FamilyBridge.Core.Cluster;

/// <summary>Receives what another node published on <see cref="Topic"/> through <see cref="IClusterBus"/>.</summary>
public interface IClusterMessageHandler
{
    string Topic { get; }

    Task HandleAsync(string message, CancellationToken cancellationToken);
}
