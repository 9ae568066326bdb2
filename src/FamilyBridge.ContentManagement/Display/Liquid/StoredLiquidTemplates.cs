using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using Microsoft.Extensions.Logging;

namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>
/// The Liquid templates of Orchard's <c>Templates</c> step (kept in the site settings by <see cref="KeptStep"/>), by
/// shape name (<c>Content__BlogPost</c>). Read once per request by <see cref="LoadAsync"/> before anything is drawn,
/// so templates rendering shapes never query. Saving goes through the site settings, whose change event evicts every
/// cached public page. What a template renders is sanitised like any other HTML from a recipe.
/// </summary>
public sealed partial class StoredLiquidTemplates(
    SiteSettingsService settings,
    StoredLiquidTemplateCache cache,
    LiquidContentRenderer liquid,
    IMarkdownRenderer markdown,
    ILogger<StoredLiquidTemplates> logger)
{
    private const string StepName = "Templates";

    private IReadOnlyDictionary<string, string>? _loaded;

    /// <summary>
    /// Every stored template (shape name to Liquid text): from the shared cache, else read from the settings once
    /// and cached until the settings change.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded is null)
        {
            var (cached, generation) = cache.Current;
            if (cached is null)
            {
                cached = Read(await settings.GetAsync(cancellationToken));
                cache.TrySet(cached, generation);
            }

            _loaded = cached;
        }

        return _loaded;
    }

    /// <summary>
    /// The item drawn through the stored template of that shape name, or null when there is none (or it has not been
    /// loaded), it does not parse or it fails while rendering: the caller then
    /// tries the next name in Orchard's order.
    /// </summary>
    public async Task<string?> TryRenderAsync(string shapeName, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (_loaded is null || !_loaded.TryGetValue(shapeName, out var source))
        {
            return null;
        }

        var (template, error) = liquid.Parse(source);
        if (template is null)
        {
            LogUnusable(logger, shapeName, error);
            return null;
        }

        try
        {
            return markdown.SanitizeHtml(await liquid.RenderAsync(template, item, _loaded));
        }
        catch (InvalidOperationException e)
        {
            // Fluid's step and recursion limits, and values a template cannot use.
            LogUnusable(logger, shapeName, e.Message);
            return null;
        }
    }

    /// <summary>An item in a list, through <c>Content_Summary__{Type}</c> or <c>Content_Summary</c>, or null.</summary>
    public async Task<string?> TryRenderSummaryAsync(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await TryRenderAsync($"Content_Summary__{item.ContentType}", item)
            ?? await TryRenderAsync("Content_Summary", item);
    }

    public Task SaveAsync(string shapeName, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        _loaded = null;
        cache.Forget();
        return settings.UpdateAsync(document =>
        {
            var templates = TemplatesOf(document, create: true)!;
            if (templates[shapeName] is JsonObject existing)
            {
                existing["Content"] = source;
            }
            else
            {
                templates[shapeName] = new JsonObject { ["Content"] = source, ["Description"] = "" };
            }
        }, cancellationToken);
    }

    public Task DeleteAsync(string shapeName, CancellationToken cancellationToken)
    {
        _loaded = null;
        cache.Forget();
        return settings.UpdateAsync(document => TemplatesOf(document, create: false)?.Remove(shapeName), cancellationToken);
    }

    private static Dictionary<string, string> Read(JsonObject document)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in TemplatesOf(document, create: false) ?? [])
        {
            if (value?["Content"] is JsonValue content && content.TryGetValue<string>(out var text))
            {
                result[name] = text;
            }
        }

        return result;
    }

    // settings.OrchardRecipeSteps.Templates is the step as it came: { "name": "Templates", "Templates": { … } }.
    private static JsonObject? TemplatesOf(JsonObject document, bool create)
    {
        if (document[KeptStep.SettingsKey] is not JsonObject steps)
        {
            if (!create)
            {
                return null;
            }

            document[KeptStep.SettingsKey] = steps = [];
        }

        if (steps[StepName] is not JsonObject step)
        {
            if (!create)
            {
                return null;
            }

            steps[StepName] = step = new JsonObject { ["name"] = StepName };
        }

        if (step[StepName] is not JsonObject templates)
        {
            if (!create)
            {
                return null;
            }

            step[StepName] = templates = [];
        }

        return templates;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored Liquid template {ShapeName} is not used: {Error}")]
    private static partial void LogUnusable(ILogger logger, string shapeName, string? error);
}
