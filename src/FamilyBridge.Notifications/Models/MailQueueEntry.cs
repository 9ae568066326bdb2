namespace FamilyBridge.Notifications.Models;

/// <summary>One row of the administrators' mail queue: the envelope only, never a body.</summary>
public sealed record MailQueueEntry(
    long Id,
    string Recipient,
    string Subject,
    OutboxStatus Status,
    int Attempts,
    string? LastError,
    DateTime? NextAttemptUtc,
    DateTime CreatedUtc,
    DateTime? LastAttemptUtc)
{
    public bool CanRetry => Status is OutboxStatus.DeadLettered or OutboxStatus.FailedWillRetry;
}
