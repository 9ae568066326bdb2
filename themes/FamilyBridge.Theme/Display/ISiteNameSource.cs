namespace FamilyBridge.Theme.Display;

/// <summary>The site's name for the header and page titles (the setup recipe's <c>Settings.SiteName</c>).</summary>
public interface ISiteNameSource
{
    Task<string> GetSiteNameAsync(CancellationToken cancellationToken = default);
}
