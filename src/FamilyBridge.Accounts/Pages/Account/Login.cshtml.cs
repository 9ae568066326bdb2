using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class LoginModel(
    SignInManager<AccountUser> signIn,
    UserManager<AccountUser> users,
    PasswordWork work,
    AccountRateLimiter limiter,
    IStringLocalizer<AccountsText> S) : PageModel
{
    public const string LockedOutMessage =
        "For your safety, sign-in is paused for 15 minutes after several wrong passwords. You can wait, or set a new password with \"Forgot your password?\".";

    public const string MismatchMessage = "That email address and password do not match. Please try again.";

    public const string NotConfirmedMessage = "Please confirm your email address first: open the link in the email we sent you. If it has not come, choose \"Send it again\" below.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!limiter.TryAcquire(AccountRateLimiter.SignIn, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Unknown, unconfirmed, locked and known addresses all cost one password check and, with a wrong password,
        // get the same words: neither the answer nor its time says whether the address has an account.
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            work.VerifyForNobody(Input.Password);
            return Mismatch();
        }

        if (!user.EmailConfirmed)
        {
            return await users.CheckPasswordAsync(user, Input.Password)
                ? Refuse(S[NotConfirmedMessage])
                : Mismatch();
        }

        if (await users.IsLockedOutAsync(user))
        {
            work.VerifyForNobody(Input.Password);
            return Refuse(S[LockedOutMessage]);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(this.SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = this.SafeReturnUrl(ReturnUrl), rememberMe = Input.RememberMe });
        }

        return result.IsLockedOut ? Refuse(S[LockedOutMessage]) : Mismatch();
    }

    private PageResult Mismatch() => Refuse(S[MismatchMessage]);

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", message);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }
}
