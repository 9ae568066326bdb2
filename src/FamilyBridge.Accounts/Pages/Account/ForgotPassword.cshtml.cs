using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class ForgotPasswordModel(
    UserManager<AccountUser> users,
    AccountEmails emails,
    PasswordResetCodes codes,
    AccountRateLimiter limiter) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(AccountRateLimiter.PasswordReset, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            var code = codes.Seal(user.Id, await users.GeneratePasswordResetTokenAsync(user));
            var link = this.AbsoluteUri($"/account/reset-password?code={code}");
            await emails.SendPasswordResetAsync(user.Email!, user.DisplayName, link, cancellationToken);
        }

        // The same answer either way, so the form cannot be used to test which addresses have accounts.
        return RedirectToPage(new { sent = true });
    }

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";
    }
}
