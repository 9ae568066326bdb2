namespace FamilyBridge.ContentManagement.Services;

/// <summary>First-start content: imports the setup recipe once per site.</summary>
public interface IContentSetup
{
    /// <summary>
    /// Imports <c>content-recipes/familybridge.setup.recipe.json</c> (beside the executable) if this site has not
    /// been set up yet, and records that it ran so later starts import nothing. Call after MigrateDatabasesAsync.
    /// </summary>
    Task EnsureSetUpAsync(CancellationToken cancellationToken);
}
