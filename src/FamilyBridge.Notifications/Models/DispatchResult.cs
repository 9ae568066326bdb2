namespace FamilyBridge.Notifications.Models;

/// <summary>What one dispatcher pass did, for logs and tests.</summary>
public sealed record DispatchResult(int Claimed, int Sent, int Failed, int DeadLettered, int Cancelled, bool ServerUnreachable)
{
    public static DispatchResult Nothing { get; } = new(0, 0, 0, 0, 0, false);
}
