using Microsoft.AspNetCore.DataProtection;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// The code in a password-reset link: the account id and Identity's reset token, sealed with the site's
/// data-protection keys. The link then needs no email address, which would otherwise sit in browser history,
/// proxy logs and mail scanners' logs.
/// </summary>
public sealed class PasswordResetCodes(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("FamilyBridge.Accounts.PasswordReset.v1");

    /// <summary>URL-safe already (base64url).</summary>
    public string Seal(string userId, string token) => _protector.Protect(userId + "\n" + token);

    public (string UserId, string Token)? Open(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 4000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(code).Split('\n', 2);
            return parts is [var userId, var token] ? (userId, token) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
