namespace FamilyBridge.Circles.Options;

/// <summary>Settings for consented progress emails (section <c>Circles:Consent</c>).</summary>
public sealed class ConsentOptions
{
    public const string SectionName = "Circles:Consent";

    /// <summary>How often the scheduler sends digests and reminders and marks ended consents; zero turns it off (tests drive it).</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The owner is reminded this long before a consent ends.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Consents waiting or live in one circle; a circle holds 20 people, so this is one each.</summary>
    public int MaxGrantsPerCircle { get; set; } = 20;

}
