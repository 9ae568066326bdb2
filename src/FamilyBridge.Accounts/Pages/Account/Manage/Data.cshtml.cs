using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using FamilyBridge.Core.PersonalData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Pages.Account.Manage;

[Authorize]
public sealed class DataModel(
    UserManager<AccountUser> users,
    SignInManager<AccountUser> signIn,
    PersonalDataService personalData,
    IEnumerable<IAccountDeletionNotice> notices,
    IStringLocalizer<AccountsText> S) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    /// <summary>What else goes with the account, module by module, said before the person confirms.</summary>
    public IReadOnlyList<DeletionNoticeLine> WhatGoes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(AccountUser user, CancellationToken cancellationToken)
    {
        var person = new PersonalDataSubject(user.Id, user.Email);
        var lines = new List<DeletionNoticeLine>();
        foreach (var notice in notices)
        {
            lines.AddRange(await notice.DescribeAsync(person, cancellationToken));
        }

        WhatGoes = lines;
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var export = await personalData.ExportAsync(user, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(export.ToJsonString(Indented)), "application/json", "familybridge-my-data.json");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!string.Equals(Input.ConfirmEmail.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ConfirmEmail)}", S["That is not the email address of this account."]);
            return Page();
        }

        var errors = await personalData.DeleteAsync(user, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return Page();
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }

    public sealed class DeleteInput
    {
        [Required(ErrorMessage = "Type your email address to confirm.")]
        [Display(Name = "Your email address")]
        public string ConfirmEmail { get; set; } = "";
    }
}
