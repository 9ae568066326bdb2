namespace FamilyBridge.Circles.Models;

/// <summary>One update with the replies its viewer may read.</summary>
public sealed record UpdateDetail(
    Circle Circle,
    CircleMember Me,
    UpdateView View,
    IReadOnlyList<CircleMember> Members,
    IReadOnlyList<string> AudienceUserIds)
{
    public IReadOnlyList<ReplyView> Replies => View.Replies;
}
