using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages;

/// <summary>
/// First run only, and only with the setup token printed at the first start (see <see cref="SetupToken"/>): without
/// it, or once an administrator exists, the page answers 404, as if it never was.
/// </summary>
public sealed class SetupModel(SetupService setup, SetupToken setupToken, UserManager<AccountUser> users, SignInManager<AccountUser> signIn) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public async Task<IActionResult> OnGetAsync() => await IsOpenAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await setup.RunAsync(Input.SiteName.Trim(), Input.Email.Trim(), Input.DisplayName.Trim(), Input.Password, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error);
            }

            return Page();
        }

        setupToken.Delete();
        var admin = await users.FindByEmailAsync(Input.Email.Trim());
        await signIn.SignInAsync(admin!, isPersistent: false);
        return Redirect(HttpContext.SitePath("/account/manage/two-factor?required=true"));
    }

    private async Task<bool> IsOpenAsync()
    {
        // The address bar holds the token: keep it out of Referer headers.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return setupToken.Matches(Token) && await setup.IsRequiredAsync();
    }

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Give the site a name.")]
        [StringLength(100, ErrorMessage = "The site name must be 100 characters or fewer.")]
        [Display(Name = "Site name")]
        public string SiteName { get; set; } = "";

        [Required(ErrorMessage = "Enter the administrator's name.")]
        [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer.")]
        [Display(Name = "Administrator's name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Enter the administrator's email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "The password must be at least 10 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
