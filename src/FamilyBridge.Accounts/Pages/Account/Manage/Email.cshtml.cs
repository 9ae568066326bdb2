using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account.Manage;

[Authorize]
public sealed class EmailModel(UserManager<AccountUser> users, AccountEmails emails, IStringLocalizer<AccountsText> S) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public string CurrentEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? "";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var newEmail = Input.NewEmail.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.NewEmail)}", S["That is already your email address."]);
            return Page();
        }

        // Sent whether or not the address is taken; the confirm step refuses a taken one.
        var token = PageModelExtensions.Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var link = this.AbsoluteUri(
            $"/account/confirm-email-change?userId={Uri.EscapeDataString(user.Id)}&email={Uri.EscapeDataString(newEmail)}&code={token}");
        await emails.SendEmailChangeAsync(newEmail, user.DisplayName, link, cancellationToken);
        Status = S["We have sent a link to {0}. Open it to finish the change.", newEmail];
        return RedirectToPage();
    }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Enter your new email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "New email address")]
        public string NewEmail { get; set; } = "";
    }
}
