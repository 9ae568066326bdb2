using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Account;

/// <summary>Signing out is a POST (a link or an image must not sign anyone out); GET shows the button.</summary>
public sealed class LogoutModel(SignInManager<AccountUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        await signIn.SignOutAsync();
        return LocalRedirect(this.SafeReturnUrl(returnUrl));
    }
}
