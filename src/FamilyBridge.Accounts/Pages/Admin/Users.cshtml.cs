using FamilyBridge.Accounts.Authorization;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Admin;

[Authorize(Policy = AccountPolicies.Administrator)]
public sealed class UsersModel(
    UserManager<AccountUser> users,
    RoleManager<AccountRole> roles,
    SignInManager<AccountUser> signIn,
    AccountSessions sessions,
    TimeProvider clock,
    IStringLocalizer<AccountsText> S) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public const string OwnAdministratorNote =
        "This is you. You cannot remove your own administrator role here, so the site is never left without one by accident: another administrator can do it.";

    /// <summary>The signed-in administrator's own id: their own Administrator role gets a note, not a button.</summary>
    public string? MyUserId => users.GetUserId(User);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(string userId, string role, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user || !await roles.RoleExistsAsync(role))
        {
            return NotFound();
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
            // Their open sessions pick up the new role on their next request; no need to sign out and in.
            await sessions.RefreshAllAsync(user);
            if (user.Id == MyUserId)
            {
                await signIn.RefreshSignInAsync(user);
            }
        }

        Status = S["{0} is now {1}. It works on their next page; they do not need to sign out.", user.DisplayName, role];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string userId, string role, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        if (role == SiteRoles.Administrator && (user.Id == MyUserId || (await users.GetUsersInRoleAsync(SiteRoles.Administrator)).Count <= 1))
        {
            ModelState.AddModelError(string.Empty, S["The site needs at least one administrator. Make someone else an administrator first."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.RemoveFromRoleAsync(user, role);
        // The role stops working on their very next request, and they stay signed in for everything else.
        await sessions.RefreshAllAsync(user);
        Status = S["{0} is no longer {1}, from their next page on.", user.DisplayName, role];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLockAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, S["You cannot lock your own account."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // Ends the person's open sessions at the next check.
        await users.UpdateSecurityStampAsync(user);
        Status = S["{0} is locked and cannot sign in.", user.DisplayName];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Status = S["{0} can sign in again.", user.DisplayName];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        AllRoles = await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
        var all = await users.Users.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        List<UserRow> rows = [];
        foreach (var user in all)
        {
            rows.Add(new UserRow(user, [.. (await users.GetRolesAsync(user)).Order()], user.LockoutEnd > now));
        }

        Users = rows;
    }

    public sealed record UserRow(AccountUser User, IReadOnlyList<string> Roles, bool Locked);
}
