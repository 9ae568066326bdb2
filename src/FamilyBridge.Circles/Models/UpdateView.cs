namespace FamilyBridge.Circles.Models;

/// <summary>
/// An update as one viewer may see it, with the names resolved and the time in the viewer's zone: its written replies
/// (oldest first) and its reactions counted per kind.
/// </summary>
public sealed record UpdateView(
    CircleUpdate Update,
    string AuthorName,
    DateTime CreatedLocal,
    string? MilestoneLabel,
    IReadOnlyList<string> AudienceNames,
    IReadOnlyList<ReplyView> Replies,
    IReadOnlyList<ReactionCount> Reactions)
{
    public bool Deleted => Update.DeletedUtc is not null;

    public int ReplyCount => Replies.Count;
}
