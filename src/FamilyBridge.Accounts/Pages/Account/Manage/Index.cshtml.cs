using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account.Manage;

[Authorize]
public sealed class IndexModel(
    UserManager<AccountUser> users,
    SignInManager<AccountUser> signIn,
    AccountSessions sessions,
    IStringLocalizer<AccountsText> S) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public string Email { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Input.DisplayName = user.DisplayName;
        Show(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            Show(user);
            return Page();
        }

        user.DisplayName = Input.DisplayName.Trim();
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        Status = S["Your name is saved."];
        return RedirectToPage();
    }

    /// <summary>Ends every session on every device, this one too (a lost phone, a shared computer).</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await sessions.EndAllAsync(user);
        await signIn.SignOutAsync();
        return Redirect(HttpContext.SitePath("/account/login?signedOutEverywhere=true"));
    }

    private void Show(AccountUser user)
    {
        Email = user.Email ?? "";
        TwoFactorEnabled = user.TwoFactorEnabled;
    }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(100, ErrorMessage = "Your name must be 100 characters or fewer.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";
    }
}
