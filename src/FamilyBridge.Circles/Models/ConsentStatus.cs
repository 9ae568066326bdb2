namespace FamilyBridge.Circles.Models;

public enum ConsentStatus
{
    /// <summary>Waiting for the recipient to confirm from the emailed link; nothing else is sent.</summary>
    Pending,
    Active,
    Revoked,
    Unsubscribed,
    Expired,

    /// <summary>The recipient left or was removed from the circle, or an account was deleted.</summary>
    Ended,
}
