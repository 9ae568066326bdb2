using System.Threading.Channels;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Wakes this node's dispatcher. Rung after a commit that queued mail (<see cref="FamilyBridge.Core.Data.AfterCommit"/>
/// for a caller's transaction, at once for the outbox's own), by <see cref="OutboxNotifyListener"/> when any node's
/// commit sent PostgreSQL's NOTIFY, and by an administrator's retry. Wakes that arrive while a pass runs fold into one.
/// </summary>
public sealed class OutboxSignal
{
    /// <summary>The PostgreSQL channel every node listens on; a NOTIFY in a transaction is delivered when it commits.</summary>
    public const string Channel = "familybridge_outbox";

    private readonly Channel<bool> _wake = System.Threading.Channels.Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _wake.Reader.ReadAsync(cancellationToken);
}
