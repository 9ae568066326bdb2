using System.Security.Claims;
using FamilyBridge.Accounts.Models;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// Who may open which item in the admin: administrators and editors every item, authors only the items they own
/// (<c>Owner</c> holds the owner's user id, as in Orchard Core). Anything else answers 404, never 403.
/// </summary>
public static class ContentAccess
{
    public static bool SeesAll(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(SiteRoles.Administrator) || user.IsInRole(SiteRoles.Editor);
    }

    public static bool CanOpen(ClaimsPrincipal user, string? owner) =>
        SeesAll(user) || (!string.IsNullOrEmpty(owner) && owner == UserId(user));

    public static string UserId(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
    }
}
