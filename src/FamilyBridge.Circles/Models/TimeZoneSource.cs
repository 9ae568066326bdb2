namespace FamilyBridge.Circles.Models;

/// <summary>Where the field's first value came from, so its hint can say so.</summary>
public enum TimeZoneSource
{
    /// <summary>Nothing to go on: the person chooses.</summary>
    None,

    /// <summary>From the browser's language region: a guess.</summary>
    Language,

    /// <summary>The person chose it (now or earlier).</summary>
    Chosen,
}
