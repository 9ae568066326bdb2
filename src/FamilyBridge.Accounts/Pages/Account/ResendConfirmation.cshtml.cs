using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Account;

/// <summary>
/// "Send the confirmation email again". Unknown, already confirmed and waiting addresses get the same answer, so
/// the form says nothing about who has an account; only a waiting address is sent a new link, at most a few an
/// hour whoever asks.
/// </summary>
public sealed class ResendConfirmationModel(
    UserManager<AccountUser> users,
    AccountEmails emails,
    AccountRateLimiter limiter) : PageModel
{
    public const string SentMessage =
        "If that address has an account waiting to be confirmed, we have sent it a new link. Please check your email, including the spam or junk folder.";

    [BindProperty]
    public ResendInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public string? LocalReturnUrl => PageModelExtensions.LocalReturnUrl(ReturnUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(AccountRateLimiter.ResendConfirmation, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var perAddress = limiter.TryAcquireKey(AccountRateLimiter.ResendPerAddress, email.ToUpperInvariant(), out _);
        if (perAddress && await users.FindByEmailAsync(email) is { EmailConfirmed: false } user)
        {
            var link = await this.EmailConfirmationLinkAsync(users, user, LocalReturnUrl);
            await emails.SendConfirmationAsync(user.Email!, user.DisplayName, link, cancellationToken);
        }

        return Redirect(HttpContext.SitePath(PageModelExtensions.WithReturnUrl("/account/resend-confirmation?sent=true", LocalReturnUrl)));
    }

    public sealed class ResendInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";
    }
}
