namespace FamilyBridge.Notifications.Models;

/// <summary>Where a queued email stands. Stored as text so the table reads plainly in any SQL tool.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its first try.</summary>
    Queued,

    /// <summary>Claimed by a dispatcher pass and being handed to the mail server right now.</summary>
    Sending,

    /// <summary>The mail server (or pickup folder) took it. Bodies and headers are erased.</summary>
    Sent,

    /// <summary>A try failed (or the server could not be reached); it goes again at the next attempt time.</summary>
    FailedWillRetry,

    /// <summary>Failed too many times; waits for an administrator to try it again.</summary>
    DeadLettered,

    /// <summary>Will never be sent (e.g. its consent ended). Bodies and headers are erased.</summary>
    Cancelled,
}
