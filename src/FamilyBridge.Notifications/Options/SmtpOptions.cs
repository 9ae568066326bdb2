namespace FamilyBridge.Notifications.Options;

/// <summary>Mail server settings. Without <see cref="Host"/> mail goes to the pickup folder (App_Data/mail).</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS on connect (port 465) or STARTTLS; false only for a trusted relay or a test server.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The sender, e.g. <c>FamilyBridge &lt;hello@example.org&gt;</c>.</summary>
    public string From { get; set; } = "FamilyBridge <no-reply@familybridge.local>";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
