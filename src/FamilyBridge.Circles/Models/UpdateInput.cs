namespace FamilyBridge.Circles.Models;

/// <summary>What the owner fills in to share or edit an update.</summary>
public sealed class UpdateInput
{
    public UpdateKind Kind { get; set; } = UpdateKind.CheckIn;

    public int? Mood { get; set; }

    public bool HardDay { get; set; }

    public string? Note { get; set; }

    public int? MilestoneDays { get; set; }

    public bool AudienceAll { get; set; } = true;

    public IList<string> AudienceUserIds { get; set; } = [];
}
