using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Events;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Orchard's <c>content</c> step: the items under <c>data</c>, imported idempotently.</summary>
public sealed class ContentStep(
    ContentItemImporter importer,
    IContentDefinitionManager definitions,
    IContentQuery query,
    ISiteSettingsService siteSettings,
    IDomainEventPublisher events) : IRecipeStepHandler
{
    public string StepName => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = StepJson.Get(context.Step, "data") as JsonArray ?? [];
        var types = (await definitions.ListTypeDefinitionsAsync(cancellationToken)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var parts = (await definitions.ListPartDefinitionsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var validator = new ContentItemValidator(types, parts);

        // Every item is checked before the first is written, so a wrong value never reaches a page.
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject source)
            {
                throw new RecipeException($"{StepJson.Where(context)}: item {i + 1} is not a JSON object.");
            }

            var type = RecipeReader.String(StepJson.Get(source, "ContentType"));
            if (string.IsNullOrEmpty(type) || !types.ContainsKey(type))
            {
                throw new RecipeException(string.IsNullOrEmpty(type)
                    ? $"{StepJson.Where(context)}: item {i + 1} has no ContentType."
                    : $"{StepJson.Where(context)}: item {i + 1} has content type '{type}', which is not defined.");
            }

            if (validator.Validate(source) is { } problem)
            {
                throw new RecipeException($"{StepJson.Where(context)}, item {i + 1}, field {problem}. Nothing was imported.");
            }
        }

        var typeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in items.Cast<JsonObject>())
        {
            if (RecipeReader.String(StepJson.Get(source, "ContentItemId")) is { } id)
            {
                typeOf[id] = RecipeReader.String(StepJson.Get(source, "ContentType"))!;
            }
        }

        var (written, unchanged) = (0, 0);
        foreach (var source in items.Cast<JsonObject>())
        {
            await NameListTypeAsync(source, typeOf, cancellationToken);
            var (item, wasChanged) = await importer.ImportAsync(source, cancellationToken);
            if (StepJson.Get(source, "AutoroutePart") is JsonObject route && StepJson.Get(route, "SetHomepage") is JsonValue home
                && home.TryGetValue<bool>(out var setHome) && setHome)
            {
                // Orchard's AutoroutePart.SetHomepage makes the item the site's HomeRoute.
                await siteSettings.MergeAsync(
                    new JsonObject
                    {
                        ["HomeRoute"] = new JsonObject
                        {
                            ["Action"] = "Display",
                            ["Controller"] = "Item",
                            ["Area"] = "OrchardCore.Contents",
                            ["ContentItemId"] = item.ContentItemId,
                        },
                    },
                    cancellationToken);
            }

            if (!wasChanged)
            {
                unchanged++;
                continue;
            }

            written++;
            if (item.Published)
            {
                var published = item.Clone();
                context.OnCommitted(ct => events.PublishAsync(new ContentPublished(published), ct));
            }
        }

        context.Messages.Add($"{items.Count} content items ({written} written, {unchanged} unchanged)");
    }

    // Orchard's ContainedPart names its list's content type; recipes written by hand often leave it out.
    private async Task NameListTypeAsync(JsonObject source, Dictionary<string, string> typeOf, CancellationToken cancellationToken)
    {
        if (StepJson.Get(source, "ContainedPart") is not JsonObject contained
            || RecipeReader.String(StepJson.Get(contained, "ListContentItemId")) is not { } listId
            || StepJson.Get(contained, "ListContentType") is not null)
        {
            return;
        }

        var listType = typeOf.GetValueOrDefault(listId)
            ?? ((await query.GetManyAsync([listId], VersionOptions.Latest, cancellationToken)) is [var list, ..] ? list.ContentType : null);
        if (listType is not null)
        {
            contained["ListContentType"] = listType;
        }
    }
}
