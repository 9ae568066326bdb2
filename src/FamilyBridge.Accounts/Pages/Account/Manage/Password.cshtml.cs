using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account.Manage;

[Authorize]
public sealed class PasswordModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, IStringLocalizer<AccountsText> S) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(Input.CurrentPassword) : nameof(Input.NewPassword);
                var message = error.Code == "PasswordMismatch" ? S["Your current password is not right."] : error.Description;
                ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Status = S["Your password is changed."];
        return RedirectToPage();
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Your new password must be at least 10 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";
    }
}
