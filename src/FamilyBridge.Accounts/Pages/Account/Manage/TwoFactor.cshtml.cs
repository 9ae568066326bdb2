using System.ComponentModel.DataAnnotations;
using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace FamilyBridge.Accounts.Pages.Account.Manage;

[Authorize]
public sealed class TwoFactorModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, IStringLocalizer<AccountsText> S) : PageModel
{
    private const string Issuer = "FamilyBridge";

    [BindProperty]
    [Display(Name = "Code from the app")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [TempData]
    public string? Status { get; set; }

    [TempData]
    public string[]? RecoveryCodes { get; set; }

    public bool Enabled { get; private set; }

    public bool RoleNeedsTwoFactor { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = "";

    /// <summary>An inline SVG (no script, no external image), so it shows under a strict CSP.</summary>
    public string QrCodeSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = code.Length > 0
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), S["That code did not work. Check the app shows this site, and enter the newest code."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        Status = S["Two-step sign-in is on."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
            Status = S["Here are new recovery codes. The old ones no longer work."];
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await NeedsTwoFactorAsync(user))
        {
            Status = S["Your role on this site needs two-step sign-in, so it stays on."];
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Status = S["Two-step sign-in is off."];
        return RedirectToPage();
    }

    private async Task<bool> NeedsTwoFactorAsync(AccountUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return roles.Any(r => SiteRoles.RequireTwoFactor.Contains(r));
    }

    private async Task LoadAsync(AccountUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RoleNeedsTwoFactor = await NeedsTwoFactorAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";

            // A new key changes the security stamp, which is checked on every request: keep this session.
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        // Named for screen readers; the key below it is the text alternative.
        QrCodeSvg = svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(S["QR code for your authenticator app"])}\" ", StringComparison.Ordinal);
    }
}
