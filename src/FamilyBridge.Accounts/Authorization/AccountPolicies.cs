using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;

namespace FamilyBridge.Accounts.Authorization;

/// <summary>
/// Policy names for admin pages (<c>[Authorize(Policy = AccountPolicies.Editor)]</c>). Administrators and
/// editors must have two-step sign-in turned on; until they do, they are sent to enrol.
/// </summary>
public static class AccountPolicies
{
    /// <summary>Administrators only: users and roles.</summary>
    public const string Administrator = AdminPolicies.Administrator;

    /// <summary>Administrators and editors: all content.</summary>
    public const string Editor = AdminPolicies.Editor;

    /// <summary>Administrators, editors and authors: the admin area.</summary>
    public const string Author = AdminPolicies.Author;

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Administrator, p => p.RequireRole(SiteRoles.Administrator).AddRequirements(new TwoFactorEnrolledRequirement()));
        options.AddPolicy(Editor, p => p.RequireRole(SiteRoles.Administrator, SiteRoles.Editor).AddRequirements(new TwoFactorEnrolledRequirement()));
        options.AddPolicy(Author, p => p.RequireRole([.. SiteRoles.All]).AddRequirements(new TwoFactorEnrolledRequirement()));
    }
}
