namespace FamilyBridge.Accounts.Sessions;

/// <summary>What the per-request check found for a signed-in cookie.</summary>
public enum SessionState
{
    /// <summary>Signed out, locked, reset or unknown: the cookie stops working.</summary>
    Ended,

    /// <summary>As it was: carry on.</summary>
    Live,

    /// <summary>An administrator changed the person's roles: sign them in again with the new ones.</summary>
    Refresh,
}
