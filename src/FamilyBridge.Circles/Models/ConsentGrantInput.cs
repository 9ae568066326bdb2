namespace FamilyBridge.Circles.Models;

/// <summary>What the owner fills in to grant or change a consent.</summary>
public sealed class ConsentGrantInput
{
    public const string DefaultPurpose = "So the people who care about me know how I am doing.";

    /// <summary>A member's user id, or empty for someone without an account (name + email address).</summary>
    public string? RecipientUserId { get; set; }

    public string? RecipientName { get; set; }

    public string? RecipientEmail { get; set; }

    public ConsentScope Scope { get; set; } = ConsentScope.Milestones;

    public string? Purpose { get; set; } = DefaultPurpose;

    public ConsentFrequency Frequency { get; set; } = ConsentFrequency.Immediately;

    public ConsentContentMode ContentMode { get; set; } = ConsentContentMode.FullUpdate;

    /// <summary>1 to 12 months from now.</summary>
    public int ExpiryMonths { get; set; } = 6;

    /// <summary>The owner ticked "I have read this and I agree".</summary>
    public bool Confirmed { get; set; }
}
