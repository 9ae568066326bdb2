using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Models;

/// <summary>A site role. Its permissions are role claims of type <see cref="SiteRoles.PermissionClaimType"/>, as Orchard keeps them.</summary>
public sealed class AccountRole : IdentityRole
{
    public AccountRole()
    {
    }

    public AccountRole(string roleName)
        : base(roleName)
    {
    }

    public string? Description { get; set; }
}
