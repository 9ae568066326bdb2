namespace FamilyBridge.Circles.Models;

/// <summary>An update as one viewer may see it, with the names resolved and the time in the viewer's zone.</summary>
public sealed record UpdateView(
    CircleUpdate Update,
    string AuthorName,
    DateTime CreatedLocal,
    string? MilestoneLabel,
    IReadOnlyList<string> AudienceNames,
    int ReplyCount)
{
    public bool Deleted => Update.DeletedUtc is not null;
}
