namespace FamilyBridge.Core.PersonalData;

/// <summary>One plain sentence about what goes, with an optional way to keep it (e.g. handing a circle over).</summary>
public sealed record DeletionNoticeLine(string Text, string? AlternativeHref = null, string? AlternativeText = null);
