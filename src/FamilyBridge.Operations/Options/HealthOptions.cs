namespace FamilyBridge.Operations.Options;

/// <summary>When <c>/health/ready</c> reports trouble (section <c>Operations:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Operations:Health";

    /// <summary>More messages than this waiting in the outbox reports the outbox as degraded.</summary>
    public int OutboxBacklogThreshold { get; set; } = 1000;

    /// <summary>A message waiting longer than this reports the outbox as degraded (mail is stuck).</summary>
    public TimeSpan OutboxOldestWaitingThreshold { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the SMTP check waits for the mail server to accept a connection.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
