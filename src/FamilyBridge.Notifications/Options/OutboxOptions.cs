namespace FamilyBridge.Notifications.Options;

/// <summary>How the outbox dispatcher paces itself (section <c>Notifications:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Notifications:Outbox";

    /// <summary>Tries that reached the mail server before a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed try; it doubles with each try (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Messages sent over one SMTP connection per pass.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How often the dispatcher looks for due messages when nothing woke it: a safety sweep only. A commit that
    /// queues mail wakes the dispatcher at once (an EF Core interceptor, and PostgreSQL NOTIFY across nodes), and a
    /// retry time or an expired claim wakes it when it comes.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a claimed batch belongs to the node that claimed it. The node renews the claim while it sends;
    /// a node that stops (or is killed) mid-batch leaves rows whose claim expires, and any node takes them again.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);
}
