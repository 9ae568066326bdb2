namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>What an export carries beyond definitions, settings and published content.</summary>
public sealed record RecipeExportOptions
{
    /// <summary>Also write each item's newer draft, as Orchard's export does when asked for drafts.</summary>
    public bool IncludeDrafts { get; init; }
}
