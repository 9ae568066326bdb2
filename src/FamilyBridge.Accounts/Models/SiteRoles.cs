namespace FamilyBridge.Accounts.Models;

/// <summary>The site roles the product knows by name.</summary>
public static class SiteRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";

    public const string PermissionClaimType = "Permission";

    /// <summary>Roles that reach admin pages and so must sign in with a second factor.</summary>
    public static readonly IReadOnlyList<string> RequireTwoFactor = [Administrator, Editor];

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Author];
}
