namespace FamilyBridge.Circles.Models;

/// <summary>
/// What an invitation link shows before it is accepted: the circle's name and who invited you, nothing of its
/// content.
/// </summary>
public sealed record InvitationPreview(
    string CircleId,
    string CircleName,
    string InviterName,
    string? InviteeName,
    Relationship? Relationship,
    InvitationState State,
    bool AlreadyMember);
