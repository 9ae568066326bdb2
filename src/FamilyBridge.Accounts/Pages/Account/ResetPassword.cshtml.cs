using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class ResetPasswordModel(
    UserManager<AccountUser> users,
    PasswordResetCodes codes,
    AccountRateLimiter limiter,
    IStringLocalizer<AccountsText> S) : PageModel
{
    public const string InvalidLinkMessage = "This link has expired or was already used. Please ask for a new one.";

    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public void OnGet(string? code)
    {
        Input.Code = code ?? "";
        NoReferrer();
    }

    /// <summary>The address bar holds the code: no other site may see it in a Referer header.</summary>
    private void NoReferrer() => Response.Headers["Referrer-Policy"] = "no-referrer";

    public async Task<IActionResult> OnPostAsync()
    {
        NoReferrer();
        if (!limiter.TryAcquire(AccountRateLimiter.PasswordReset, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var opened = codes.Open(Input.Code);
        var user = opened is { } o ? await users.FindByIdAsync(o.UserId) : null;
        if (user is null || opened is not { Token: var token })
        {
            ModelState.AddModelError(string.Empty, S[InvalidLinkMessage]);
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "InvalidToken" ? string.Empty : $"{nameof(Input)}.{nameof(Input.Password)}",
                    error.Code == "InvalidToken" ? S[InvalidLinkMessage] : error.Description);
            }

            return Page();
        }

        // Whoever proved they own the mailbox may sign in again at once.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        if (!user.EmailConfirmed)
        {
            // The link came through that mailbox, which is what confirming proves.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return RedirectToPage(new { done = true });
    }

    public sealed class ResetPasswordInput
    {
        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Your password must be at least 10 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = InvalidLinkMessage)]
        public string Code { get; set; } = "";
    }
}
