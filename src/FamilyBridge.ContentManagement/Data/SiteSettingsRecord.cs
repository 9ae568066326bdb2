namespace FamilyBridge.ContentManagement.Data;

/// <summary>The single site-settings document (Orchard's <c>Site</c> settings) and set-up bookkeeping.</summary>
public sealed class SiteSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Document { get; set; } = "{}";

    /// <summary>Random per site: seeds the stable ids <c>uuid()</c> gives in recipes (see RecipeExpressionEvaluator).</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>When the setup recipe was imported; null until the first start finishes it.</summary>
    public DateTime? SetupCompletedUtc { get; set; }

    public string? SetupRecipe { get; set; }
}
