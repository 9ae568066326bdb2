namespace FamilyBridge.Notifications.Models;

/// <summary>Plain words for each status, as the mail queue page shows them.</summary>
public static class OutboxStatusText
{
    public static string Of(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "Waiting to go",
        OutboxStatus.Sending => "Sending now",
        OutboxStatus.Sent => "Sent",
        OutboxStatus.FailedWillRetry => "Failed, will try again",
        OutboxStatus.DeadLettered => "Stopped after too many tries",
        OutboxStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
