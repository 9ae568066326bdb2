namespace FamilyBridge.Circles.Pages;

/// <summary>The two ways out of a confirmation page: do it (a POST), or go back to where the person came from.</summary>
public sealed record ConfirmActions(string ConfirmText, string CancelPath);
