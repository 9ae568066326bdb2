namespace FamilyBridge.Circles.Models;

/// <summary>A grant as the owner sees it, with times in the owner's zone.</summary>
public sealed record ConsentGrantView(ConsentGrant Grant, DateTime CreatedLocal, DateTime ExpiresLocal, DateTime? ConfirmedLocal, bool ConfirmLinkExpired);
