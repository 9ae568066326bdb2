using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Writes the site as an Orchard recipe: <c>feature</c> (what the content needs), <c>ContentDefinition</c> with
/// Orchard's named settings sections, <c>Settings</c>, the steps other modules add (<c>Roles</c>) and a
/// <c>content</c> step with every published item (and drafts when asked). It imports into an empty FamilyBridge
/// site, or into Orchard Core, giving the same content.
/// </summary>
public sealed class RecipeExporter(
    IContentDefinitionManager definitions,
    ISiteSettingsService siteSettings,
    IContentQuery query,
    IEnumerable<IRecipeExportStep> exportSteps,
    TimeProvider clock) : IRecipeExporter
{
    // Orchard's OrchardCore.Settings.ResourceDebugMode enum, which its site settings store as a number.
    private static readonly string[] ResourceDebugModes = ["FromConfiguration", "Enabled", "Disabled"];

    public Task ExportAsync(Stream output, CancellationToken cancellationToken) =>
        ExportAsync(output, new RecipeExportOptions(), cancellationToken);

    public async Task ExportAsync(Stream output, RecipeExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var types = await definitions.ListTypeDefinitionsAsync(cancellationToken);
        var parts = await definitions.ListPartDefinitionsAsync(cancellationToken);
        var settings = await siteSettings.GetAsync(cancellationToken);
        var published = await query.GetAllAsync(VersionOptions.Published, cancellationToken);
        var latest = await query.GetAllAsync(VersionOptions.Latest, cancellationToken);
        var typeOf = latest.Concat(published).GroupBy(i => i.ContentItemId).ToDictionary(g => g.Key, g => g.First().ContentType, StringComparer.Ordinal);

        var settingsStep = new JsonObject { ["name"] = "Settings" };
        foreach (var (key, value) in settings.Where(p => p.Key != KeptStep.SettingsKey))
        {
            settingsStep[key] = key == "ResourceDebugMode" && value is JsonValue v && v.TryGetValue<string>(out var mode)
                && Array.IndexOf(ResourceDebugModes, mode) is var index and >= 0
                    ? index
                    : value?.DeepClone();
        }

        var items = new List<JsonObject>();
        var draftIds = options.IncludeDrafts
            ? latest.Where(i => !i.Published).Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal)
            : [];
        items.AddRange(published.Select(i => ForExport(i, latest: !draftIds.Contains(i.ContentItemId), typeOf)));
        if (options.IncludeDrafts)
        {
            items.AddRange(latest.Where(i => !i.Published).Select(i => ForExport(i, latest: true, typeOf)));
        }

        var localizedTypes = OrchardLocalization.LocalizedTypes(latest.Concat(published));
        var typeRecords = new JsonArray([.. types.Select(t => OrchardDefinitionSettings.Type(t.Record))]);
        OrchardLocalization.AttachTo(typeRecords, localizedTypes);
        var features = OrchardFeatures.For(types, parts).Concat(localizedTypes.Count > 0 ? [OrchardLocalization.Feature] : []).Distinct().Order(StringComparer.Ordinal);
        var steps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = "feature",
                ["disable"] = new JsonArray(),
                ["enable"] = new JsonArray([.. features.Select(f => (JsonNode)f)]),
            },
            new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = typeRecords,
                ["ContentParts"] = new JsonArray([.. parts.Select(p => OrchardDefinitionSettings.Part(p.Record))]),
            },
            settingsStep,
        };
        foreach (var step in exportSteps)
        {
            steps.Add(await step.ExportAsync(cancellationToken));
        }

        foreach (var (_, kept) in settings[KeptStep.SettingsKey] as JsonObject ?? [])
        {
            steps.Add(kept?.DeepClone());
        }

        steps.Add(new JsonObject { ["name"] = "content", ["data"] = new JsonArray([.. items.Select(i => (JsonNode)i)]) });
        var recipe = new JsonObject
        {
            ["name"] = "familybridge.export",
            ["displayName"] = "FamilyBridge export",
            ["description"] = $"Content definitions, site settings and {(options.IncludeDrafts ? "published and draft" : "published")} content exported {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC.",
            ["author"] = "FamilyBridge",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["variables"] = new JsonObject(),
            ["steps"] = steps,
        };

        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = ContentJson.Indented.Encoder });
        recipe.WriteTo(writer);
        await writer.FlushAsync(cancellationToken);
    }

    // On import a published version is that item's published version, and its latest unless a draft follows it.
    private static JsonObject ForExport(ContentItem item, bool latest, Dictionary<string, string> typeOf)
    {
        var copy = item.Clone();
        copy.Latest = latest;
        if (copy.GetPart("ContainedPart") is JsonObject contained
            && contained["ListContentItemId"] is JsonValue list && list.TryGetValue<string>(out var listId)
            && typeOf.TryGetValue(listId, out var listType))
        {
            // Orchard's ContainedPart names its list's type; its list pages and admin read it.
            contained["ListContentType"] = listType;
        }

        return copy.Document;
    }
}
