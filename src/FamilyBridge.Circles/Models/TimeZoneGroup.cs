namespace FamilyBridge.Circles.Models;

/// <summary>An <c>optgroup</c> of the time-zone field.</summary>
public sealed record TimeZoneGroup(string Name, IReadOnlyList<TimeZoneChoice> Zones);
