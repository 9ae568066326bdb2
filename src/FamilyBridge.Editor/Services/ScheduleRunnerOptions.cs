namespace FamilyBridge.Editor.Services;

/// <summary>How often due publish and unpublish schedules are applied (section <c>Editor</c>).</summary>
public sealed class ScheduleRunnerOptions
{
    public const string SectionName = "Editor";

    /// <summary>The time between passes; a schedule fires at most this late.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromSeconds(30);
}
