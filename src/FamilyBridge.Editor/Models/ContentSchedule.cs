namespace FamilyBridge.Editor.Models;

/// <summary>A publish or unpublish an editor asked for at a future time; applied once by the scheduler.</summary>
public sealed class ContentSchedule
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public ScheduleAction Action { get; set; }

    public DateTime DueUtc { get; set; }

    public string CreatedByUserId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the scheduler applied it; null while pending.</summary>
    public DateTime? DoneUtc { get; set; }

    /// <summary>Set instead of <see cref="DoneUtc"/> when the editor cancels it.</summary>
    public DateTime? CancelledUtc { get; set; }
}
