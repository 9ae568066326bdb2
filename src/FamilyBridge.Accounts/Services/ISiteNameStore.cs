namespace FamilyBridge.Accounts.Services;

/// <summary>Where the site's name lives (the content engine's site settings); first-run setup writes it.</summary>
public interface ISiteNameStore
{
    Task SetSiteNameAsync(string siteName, CancellationToken cancellationToken);
}
