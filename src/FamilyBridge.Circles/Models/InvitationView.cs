namespace FamilyBridge.Circles.Models;

/// <summary>An invitation as the owner's list shows it.</summary>
public sealed record InvitationView(CircleInvitation Invitation, InvitationState State, DateTime SentLocal, DateTime ExpiresLocal);
