using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class LoginTwoFactorModel(SignInManager<AccountUser> signIn, AccountRateLimiter limiter, IStringLocalizer<AccountsText> S) : PageModel
{
    [BindProperty]
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Do not ask again on this device")]
    public bool RememberMachine { get; set; }

    [BindProperty]
    [Display(Name = "Recovery code")]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!limiter.TryAcquire(AccountRateLimiter.SignIn, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), S["Enter the code from your authenticator app."]);
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberMachine);
        return Outcome(result, nameof(Code), S["That code did not work. Codes change every 30 seconds: try the newest one."]);
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        if (!limiter.TryAcquire(AccountRateLimiter.SignIn, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        var code = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(RecoveryCode), S["Enter one of your recovery codes."]);
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        return Outcome(result, nameof(RecoveryCode), S["That recovery code did not work. Each code works only once."]);
    }

    private IActionResult Outcome(Microsoft.AspNetCore.Identity.SignInResult result, string field, string wrongCode)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            ModelState.AddModelError(field, S[LoginModel.LockedOutMessage]);
            return Page();
        }

        if (result.IsNotAllowed)
        {
            return RedirectToPage("/Account/Login");
        }

        ModelState.AddModelError(field, wrongCode);
        return Page();
    }
}
