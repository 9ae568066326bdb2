using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Writes the site as an Orchard recipe: <c>ContentDefinition</c>, <c>Settings</c> and a <c>content</c> step with
/// every published item. It imports into an empty FamilyBridge site, or into Orchard Core, giving the same content.
/// </summary>
public sealed class RecipeExporter(
    IContentDefinitionManager definitions,
    ISiteSettingsService siteSettings,
    IContentQuery query,
    TimeProvider clock) : IRecipeExporter
{
    public async Task ExportAsync(Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var types = await definitions.ListTypeDefinitionsAsync(cancellationToken);
        var parts = await definitions.ListPartDefinitionsAsync(cancellationToken);
        var settings = await siteSettings.GetAsync(cancellationToken);
        var items = await query.GetAllAsync(VersionOptions.Published, cancellationToken);

        var settingsStep = new JsonObject { ["name"] = "Settings" };
        foreach (var (key, value) in settings)
        {
            settingsStep[key] = value?.DeepClone();
        }

        var recipe = new JsonObject
        {
            ["name"] = "familybridge.export",
            ["displayName"] = "FamilyBridge export",
            ["description"] = $"Content definitions, site settings and published content exported {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC.",
            ["author"] = "FamilyBridge",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["variables"] = new JsonObject(),
            ["steps"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "ContentDefinition",
                    ["ContentTypes"] = new JsonArray([.. types.Select(t => t.Record.DeepClone())]),
                    ["ContentParts"] = new JsonArray([.. parts.Select(p => p.Record.DeepClone())]),
                },
                settingsStep,
                new JsonObject
                {
                    ["name"] = "content",
                    ["data"] = new JsonArray([.. items.Select(ForExport)]),
                },
            },
        };

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = ContentJson.Indented.Encoder });
        recipe.WriteTo(writer);
        await writer.FlushAsync(cancellationToken);
    }

    // The published version is what the export carries; on import it is that item's published and latest version.
    private static JsonNode ForExport(ContentItem item)
    {
        var copy = item.Clone();
        copy.Latest = true;
        copy.Published = true;
        return copy.Document;
    }
}
