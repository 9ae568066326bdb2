namespace FamilyBridge.Circles.Models;

/// <summary>One zone as the field offers it: the IANA id sent, and the words shown.</summary>
public sealed record TimeZoneChoice(string Id, string Label);
