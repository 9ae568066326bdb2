using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class ConfirmEmailModel(UserManager<AccountUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>Where the person was going when they registered (an invitation, say), if it is on this site.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The sign-in page, carrying the return address on.</summary>
    public string SignInPath => PageModelExtensions.WithReturnUrl(HttpContext.SitePath("/account/login"), ReturnUrl);

    public async Task OnGetAsync(string? userId, string? code)
    {
        // The address holds a one-time code: no other site may see it in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var token = PageModelExtensions.Decode(code);
        if (string.IsNullOrEmpty(userId) || token is null || await users.FindByIdAsync(userId) is not { } user)
        {
            Response.StatusCode = 400;
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = 400;
        }
    }
}
