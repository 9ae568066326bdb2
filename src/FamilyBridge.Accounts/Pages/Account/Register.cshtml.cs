using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class RegisterModel(
    UserManager<AccountUser> users,
    AccountEmails emails,
    AccountRateLimiter limiter,
    PasswordWork work,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>Where to go after confirming and signing in (an invitation, say); only local paths are kept.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The return address as it may be carried on, or null.</summary>
    public string? LocalReturnUrl => PageModelExtensions.LocalReturnUrl(ReturnUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(AccountRateLimiter.Register, HttpContext, out var retryAfter))
        {
            return this.TooManyAttempts(retryAfter);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new AccountUser
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };

        // The password is judged before the address is looked up: a refused password must read the same for a
        // new address and a taken one.
        foreach (var validator in users.PasswordValidators)
        {
            var judged = await validator.ValidateAsync(users, user, Input.Password);
            foreach (var error in judged.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same answer, same work (one hash, one email) as a new registration: whether an address has an
            // account is its owner's business.
            work.HashForNobody(Input.Password);
            var signIn = this.AbsoluteUri(PageModelExtensions.WithReturnUrl("/account/login", LocalReturnUrl));
            await emails.SendAlreadyRegisteredAsync(existing.Email!, existing.DisplayName, signIn, cancellationToken);
            return CheckEmail();
        }

        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Where(e => !e.Code.StartsWith("Duplicate", StringComparison.Ordinal)))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }

            return ModelState.IsValid ? CheckEmail() : Page();
        }

        var link = await this.EmailConfirmationLinkAsync(users, user, LocalReturnUrl);
        await emails.SendConfirmationAsync(user.Email!, user.DisplayName, link, cancellationToken);
        return CheckEmail();
    }

    private RedirectResult CheckEmail() => Redirect(HttpContext.SitePath(PageModelExtensions.WithReturnUrl("/account/check-email", LocalReturnUrl)));

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your name.")]
        [StringLength(100, ErrorMessage = "Your name must be 100 characters or fewer.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Your password must be at least 10 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
