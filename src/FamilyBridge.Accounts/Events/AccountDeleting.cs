namespace FamilyBridge.Accounts.Events;

/// <summary>
/// Published just before an account is removed. Every module that keeps rows keyed by the user id deletes them
/// in its handler; a handler that throws stops the deletion, so nothing is left half-removed.
/// </summary>
public sealed record AccountDeleting(string UserId);
