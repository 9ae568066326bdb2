using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The links consent emails carry. The unsubscribe token is the grant id sealed with the site's data-protection
/// keys: every email (digests too, composed long after the grant) can carry it without the database holding a
/// usable token, and nobody can make one up.
/// </summary>
public sealed class ConsentLinks(IDataProtectionProvider protection, IOptions<ConsentOptions> options)
{
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("FamilyBridge.Circles.ConsentUnsubscribe.v1");

    public Uri BaseUri(ConsentGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return options.Value.SiteBaseUrl ?? new Uri(grant.SiteBaseUrl);
    }

    public Uri Confirm(ConsentGrant grant, string token) => new(BaseUri(grant), $"/email/confirm/{token}");

    public Uri Unsubscribe(ConsentGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new(BaseUri(grant), $"/email/unsubscribe/{_unsubscribe.Protect(grant.Id)}");
    }

    public Uri Circle(ConsentGrant grant) => new(BaseUri(grant), $"/circles/{grant.CircleId}");

    public Uri Grant(ConsentGrant grant) => new(BaseUri(grant), $"/circles/{grant.CircleId}/sharing/{grant.Id}");

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
