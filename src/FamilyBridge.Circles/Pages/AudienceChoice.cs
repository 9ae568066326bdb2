using FamilyBridge.Circles.Models;

namespace FamilyBridge.Circles.Pages;

/// <summary>The "who sees this" radio and checkboxes, shared by the update, restart and plan forms.</summary>
public sealed record AudienceChoice(
    string Prefix,
    string FieldPrefix,
    string Legend,
    IReadOnlyList<CircleMember> Members,
    bool AudienceAll,
    IReadOnlyCollection<string> Chosen);
