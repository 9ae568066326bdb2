using System.Globalization;
using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Sessions;

/// <summary>
/// Authenticator-app codes, each accepted once: Identity accepts a code for its whole window (±1 step, about
/// 90 seconds), so a code read over someone's shoulder or from a phishing page would work a second time.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<AccountUser>
{
    public const string ProviderName = "FamilyBridgeAuthenticator";
    private const string Store = "FamilyBridge.Authenticator";
    private const string LastCode = "LastCode";

    // Longer than the window in which Identity would accept the same code again.
    private static readonly TimeSpan ReuseWindow = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AccountUser> manager, AccountUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var last = (await manager.GetAuthenticationTokenAsync(user, Store, LastCode))?.Split('|');
        if (last is [var code, var at] && code == token
            && long.TryParse(at, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < ReuseWindow)
        {
            return false;
        }

        var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastCode, $"{token}|{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        return saved.Succeeded;
    }
}
