using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>The site settings document (Orchard's <c>Settings</c> step shape: <c>SiteName</c>, <c>HomeRoute</c> …).</summary>
public interface ISiteSettingsService
{
    /// <summary>A copy of the settings; changing it changes nothing until <see cref="MergeAsync"/>.</summary>
    Task<JsonObject> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Merges the values in (objects key by key, anything else replaced) and saves.</summary>
    Task MergeAsync(JsonObject values, CancellationToken cancellationToken = default);
}
