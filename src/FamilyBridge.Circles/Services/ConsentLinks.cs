using FamilyBridge.Circles.Models;
using FamilyBridge.Core.Site;
using Microsoft.AspNetCore.DataProtection;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The links consent emails carry. The unsubscribe token is the grant id sealed with the site's data-protection
/// keys: every email (digests too, composed long after the grant) can carry it without the database holding a
/// usable token, and nobody can make one up.
/// </summary>
public sealed class ConsentLinks(IDataProtectionProvider protection, SiteLinks site)
{
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("FamilyBridge.Circles.ConsentUnsubscribe.v1");

    // Each link opens its page in the email's language (/es/… for Spanish), so the page reads like the email did.
    public Uri Confirm(string token, string? language = null) => site.Absolute($"{EmailCulture.PathPrefix(language)}/email/confirm/{token}");

    public Uri Unsubscribe(ConsentGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return site.Absolute($"{EmailCulture.PathPrefix(grant.Language)}/email/unsubscribe/{_unsubscribe.Protect(grant.Id)}");
    }

    public Uri Circle(ConsentGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return site.Absolute($"{EmailCulture.PathPrefix(grant.Language)}/circles/{grant.CircleId}");
    }

    /// <summary>The owner's page for this sharing, in the owner's language.</summary>
    public Uri Grant(ConsentGrant grant, string? ownerLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return site.Absolute($"{EmailCulture.PathPrefix(ownerLanguage)}/circles/{grant.CircleId}/sharing/{grant.Id}");
    }

    /// <summary>The grant id an unsubscribe token stands for, or null when it was not made by this site.</summary>
    public string? GrantIdFromUnsubscribeToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 400)
        {
            return null;
        }

        try
        {
            return _unsubscribe.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
