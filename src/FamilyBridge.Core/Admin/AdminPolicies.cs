namespace FamilyBridge.Core.Admin;

/// <summary>
/// The names of the admin policies, here so a module that Accounts depends on (Notifications) can still guard its
/// admin pages. What each policy demands (roles, two-step sign-in) is decided in Accounts' <c>AccountPolicies</c>.
/// </summary>
public static class AdminPolicies
{
    /// <summary>Administrators only: users, roles, the mail queue, the audit log.</summary>
    public const string Administrator = "FamilyBridge.Administrator";

    /// <summary>Administrators and editors: all content.</summary>
    public const string Editor = "FamilyBridge.Editor";

    /// <summary>Administrators, editors and authors: the admin area (authors see only their own items).</summary>
    public const string Author = "FamilyBridge.Author";
}
