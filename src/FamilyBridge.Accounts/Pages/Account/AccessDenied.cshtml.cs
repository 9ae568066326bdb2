using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account;

/// <summary>
/// The 403 page: who you are signed in as, which roles you have, which role the page needs (read from the admin
/// menu's own entries, so a new admin page needs no change here) and how to get it. A role an administrator
/// gives counts from the next page, so "try again" is the whole answer once they have.
/// </summary>
public sealed class AccessDeniedModel(IEnumerable<AdminMenuEntry> adminPages, IStringLocalizer<AccountsText> S) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? LocalReturnUrl => PageModelExtensions.LocalReturnUrl(ReturnUrl);

    public IReadOnlyList<string> MyRoles { get; private set; } = [];

    /// <summary>"an administrator", "an editor or an administrator" …; null when the page is not a known admin page.</summary>
    public string? NeededRoles { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        MyRoles = [.. SiteRoles.All.Where(User.IsInRole)];
        var path = LocalReturnUrl?.Split('?', '#')[0];
        var prefix = Request.PathBase.Value;
        if (path is not null && !string.IsNullOrEmpty(prefix) && path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            // /es/admin/users is the admin menu's /admin/users read in Spanish.
            path = path[prefix.Length..];
        }

        var page = path is null
            ? null
            : adminPages.Where(p => path.Equals(p.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p.Href + "/", StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(p => p.Href.Length)
                .FirstOrDefault();
        NeededRoles = (page?.Policy ?? (path?.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) == true ? AdminPolicies.Author : null)) switch
        {
            AdminPolicies.Administrator => S["an administrator"].Value,
            AdminPolicies.Editor => S["an editor or an administrator"].Value,
            AdminPolicies.Author => S["an author, an editor or an administrator"].Value,
            _ => null,
        };
    }
}
