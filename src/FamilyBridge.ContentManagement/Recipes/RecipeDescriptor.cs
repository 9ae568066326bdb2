using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>A recipe file as read: Orchard's top-level keys, and the steps not yet evaluated.</summary>
public sealed class RecipeDescriptor
{
    public required string FilePath { get; init; }

    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public string? Website { get; init; }

    public string? Version { get; init; }

    public bool IsSetupRecipe { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public JsonObject Variables { get; init; } = [];

    public IReadOnlyList<JsonObject> Steps { get; init; } = [];
}
