using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Account;

public sealed class ConfirmEmailChangeModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn) : PageModel
{
    public bool Changed { get; private set; }

    public async Task OnGetAsync(string? userId, string? email, string? code)
    {
        // The address holds a one-time code: no other site may see it in a Referer header.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var token = PageModelExtensions.Decode(code);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || token is null
            || await users.FindByIdAsync(userId) is not { } user)
        {
            Response.StatusCode = 400;
            return;
        }

        Changed = (await users.ChangeEmailAsync(user, email, token)).Succeeded
            && (await users.SetUserNameAsync(user, email)).Succeeded;
        if (!Changed)
        {
            Response.StatusCode = 400;
            return;
        }

        if (signIn.IsSignedIn(User))
        {
            await signIn.RefreshSignInAsync(user);
        }
    }
}
