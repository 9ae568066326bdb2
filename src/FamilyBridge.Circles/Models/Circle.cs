namespace FamilyBridge.Circles.Models;

/// <summary>A private family circle. Its id is random (never sequential) so it cannot be guessed or walked.</summary>
public sealed class Circle
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string OwnerUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// The owner's default language (<c>en</c>, <c>es</c>) for emails to people who have not chosen one yet:
    /// invitations and requests to confirm email sharing.
    /// </summary>
    public string EmailLanguage { get; set; } = "en";

    /// <summary>When the home-safety checklist was adopted, or null.</summary>
    public DateTime? ChecklistAdoptedUtc { get; set; }
}
